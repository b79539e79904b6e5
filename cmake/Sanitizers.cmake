# Instrumented builds, each in its own build folder (./build-wasm.sh test makes both with clang):
#   -DDEPECHE_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on every target (build/asan),
#                          which also builds the fuzz target to replay a corpus under ASan
#   -DDEPECHE_FUZZ=ON      libFuzzer coverage, UBSan and the tests/fuzz target (build/fuzz). ASan is
#                          left out there: it made each input some five times slower, and every
#                          input the fuzzer keeps is replayed under ASan afterwards (build-wasm.sh fuzz)
# Any report is fatal (-fno-sanitize-recover) so a test or a fuzz run fails on the first one.
option(DEPECHE_SANITIZE "Build every target with ASan and UBSan (clang)" OFF)
option(DEPECHE_FUZZ "Build the libFuzzer target on analyze, with UBSan (clang)" OFF)

if(DEPECHE_SANITIZE OR DEPECHE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DEPECHE_SANITIZE and DEPECHE_FUZZ need clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(DEPECHE_SANITIZE)
    set(depeche_sanitizers address,undefined)
  else()
    set(depeche_sanitizers undefined)
  endif()
  add_compile_options(-fsanitize=${depeche_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${depeche_sanitizers})
endif()
if(DEPECHE_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link
    -fsanitize-coverage-ignorelist=${CMAKE_SOURCE_DIR}/tests/fuzz/coverage_ignore.txt)
endif()
