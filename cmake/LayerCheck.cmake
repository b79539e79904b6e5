# The core must stay a pure library: no UI, GL, windowing or Emscripten header may reach it.
# The compiler cannot forbid a header that sits in its default search path, so every build
# scans the core's sources first and stops with the offending line.
set(DEPECHE_LAYER_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/check_core_layer.cmake")

function(depeche_guard_core_layer target)
  get_target_property(sources ${target} SOURCES)
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-ok")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND ${CMAKE_COMMAND} -DSTAMP=${stamp} -DDIR=${CMAKE_CURRENT_SOURCE_DIR} -P "${DEPECHE_LAYER_SCRIPT}"
    DEPENDS ${sources} "${DEPECHE_LAYER_SCRIPT}"
    COMMENT "Checking that ${target} includes no UI or platform header"
    VERBATIM)
  add_custom_target(${target}_layer_check DEPENDS "${stamp}")
  add_dependencies(${target} ${target}_layer_check)
endfunction()
