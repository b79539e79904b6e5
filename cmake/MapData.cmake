# World outlines for the map view, built from world-atlas (Natural Earth) by tools/build-map.mjs:
# world-110m.bin for the first load (the build fails if it grows past 400 KB gzipped), world-50m.bin
# streamed in later for detail. Needs NODE and DEPECHE_NODE_MODULES from Gazetteer.cmake.
set(DEPECHE_MAP_SCRIPT "${CMAKE_SOURCE_DIR}/tools/build-map.mjs")
set(DEPECHE_MAP_DIR "${DEPECHE_GENERATED_DIR}/map")
set(DEPECHE_MAP_OUTPUTS)
foreach(scale IN ITEMS 110m 50m)
  set(atlas "${DEPECHE_NODE_MODULES}/world-atlas/countries-${scale}.json")
  set(out "${DEPECHE_MAP_DIR}/world-${scale}.bin")
  set(budget)
  if(scale STREQUAL "110m")
    set(budget --max-gzip-kb 400)
  endif()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${NODE}" "${DEPECHE_MAP_SCRIPT}" --atlas "${atlas}"
            --countries "${DEPECHE_NODE_MODULES}/world-countries/countries.json" --out "${out}" ${budget}
    DEPENDS "${DEPECHE_MAP_SCRIPT}" "${CMAKE_SOURCE_DIR}/tools/build-inputs.mjs"
            "${CMAKE_SOURCE_DIR}/tools/topojson-arcs.mjs" "${atlas}"
            "${DEPECHE_NODE_MODULES}/world-countries/countries.json"
    COMMENT "Building the ${scale} world map outlines from world-atlas"
    VERBATIM)
  list(APPEND DEPECHE_MAP_OUTPUTS "${out}")
endforeach()
add_custom_target(depeche_map_data DEPENDS ${DEPECHE_MAP_OUTPUTS})
