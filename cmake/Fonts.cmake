# UI fonts cut from Debian's font packages at build time (fonts-dejavu-core, fonts-font-awesome)
# with pyftsubset (fonttools): only what French news needs, so the page stays light. Dear ImGui
# reads outlines and advances only, never kerning or other OpenType layout, so those tables go.
set(DEPECHE_FONT_DIR "${DEPECHE_GENERATED_DIR}/fonts")
set(DEJAVU_DIR /usr/share/fonts/truetype/dejavu)
set(FONT_AWESOME /usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf)
find_program(PYFTSUBSET pyftsubset)
foreach(input IN ITEMS "${DEJAVU_DIR}/DejaVuSans.ttf" "${DEJAVU_DIR}/DejaVuSans-Bold.ttf" "${FONT_AWESOME}")
  if(NOT EXISTS "${input}")
    message(FATAL_ERROR "${input} is missing: run ./build-wasm.sh setup (fonts-dejavu-core, fonts-font-awesome).")
  endif()
endforeach()
if(NOT PYFTSUBSET)
  message(FATAL_ERROR "pyftsubset is missing: run ./build-wasm.sh setup (Debian package fonttools).")
endif()

# Must match kTextRanges in src/app/fonts.cpp, plus the signs of src/app/symbols.h.
set(TEXT_UNICODES "U+0020-007E,U+00A0-024F,U+2000-206F,U+20AC")
set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${CMAKE_SOURCE_DIR}/src/app/symbols.h" "${CMAKE_SOURCE_DIR}/src/app/icons.h")
file(STRINGS "${CMAKE_SOURCE_DIR}/src/app/symbols.h" symbol_lines REGEX "// U\\+2[0-9A-F]+")
foreach(line IN LISTS symbol_lines)
  string(REGEX MATCH "U\\+2[0-9A-F]+" code "${line}")
  string(APPEND TEXT_UNICODES ",${code}")
endforeach()
file(STRINGS "${CMAKE_SOURCE_DIR}/src/app/icons.h" icon_lines REGEX "// U\\+F[0-9A-F]+")
set(ICON_UNICODES "")
foreach(line IN LISTS icon_lines)
  string(REGEX MATCH "U\\+F[0-9A-F]+" code "${line}")
  list(APPEND ICON_UNICODES "${code}")
endforeach()
string(JOIN "," ICON_UNICODES ${ICON_UNICODES})

function(depeche_subset_font output input unicodes)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${DEPECHE_FONT_DIR}"
    COMMAND ${PYFTSUBSET} "${input}" "--unicodes=${unicodes}" --no-hinting "--layout-features="
            "--drop-tables+=GDEF,GPOS,GSUB,MATH" "--output-file=${output}"
    DEPENDS "${input}" "${CMAKE_SOURCE_DIR}/src/app/icons.h" "${CMAKE_SOURCE_DIR}/src/app/symbols.h"
    COMMENT "Subsetting ${input}"
    VERBATIM)
endfunction()

depeche_subset_font("${DEPECHE_FONT_DIR}/body.ttf" "${DEJAVU_DIR}/DejaVuSans.ttf" "${TEXT_UNICODES}")
depeche_subset_font("${DEPECHE_FONT_DIR}/bold.ttf" "${DEJAVU_DIR}/DejaVuSans-Bold.ttf" "${TEXT_UNICODES}")
depeche_subset_font("${DEPECHE_FONT_DIR}/icons.ttf" "${FONT_AWESOME}" "${ICON_UNICODES}")
add_custom_target(depeche_fonts DEPENDS
  "${DEPECHE_FONT_DIR}/body.ttf" "${DEPECHE_FONT_DIR}/bold.ttf" "${DEPECHE_FONT_DIR}/icons.ttf")
