# Instrumented builds, each in its own build folder (./build-wasm.sh test makes both with clang):
#   -DDEPECHE_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on every target (build/asan)
#   -DDEPECHE_FUZZ=ON      the same, plus libFuzzer coverage, and the tests/fuzz target (build/fuzz)
# Any report is fatal (-fno-sanitize-recover) so a test or a fuzz run fails on the first one.
option(DEPECHE_SANITIZE "Build every target with ASan and UBSan (clang)" OFF)
option(DEPECHE_FUZZ "Build the libFuzzer target on analyze (clang)" OFF)

if(DEPECHE_SANITIZE OR DEPECHE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DEPECHE_SANITIZE and DEPECHE_FUZZ need clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
if(DEPECHE_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
