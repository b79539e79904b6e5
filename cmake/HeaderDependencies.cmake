# Header-only packages come from Debian (nlohmann-json3-dev, doctest-dev). em++ must never see
# -I/usr/include (it would shadow the wasm sysroot), so each package is exposed through its own
# build-dir folder holding a symlink to the package's header directory.
set(DEPECHE_DEPS_DIR "${CMAKE_BINARY_DIR}/deps")

function(depeche_header_package target name source_dir)
  if(NOT EXISTS "${source_dir}")
    message(FATAL_ERROR "${source_dir} is missing: run ./build-wasm.sh setup (it installs the Debian package that provides ${name}).")
  endif()
  set(dir "${DEPECHE_DEPS_DIR}/${target}")
  file(MAKE_DIRECTORY "${dir}")
  if(NOT EXISTS "${dir}/${name}")
    file(CREATE_LINK "${source_dir}" "${dir}/${name}" SYMBOLIC)
  endif()
  add_library(${target} INTERFACE)
  target_include_directories(${target} SYSTEM INTERFACE "${dir}")
endfunction()

depeche_header_package(depeche_json nlohmann /usr/include/nlohmann)
depeche_header_package(depeche_doctest doctest /usr/include/doctest)
