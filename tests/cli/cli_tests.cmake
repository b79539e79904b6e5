# End-to-end checks of the native CLI: exit codes and messages, not just "it ran".
set(CLI $<TARGET_FILE:depeche>)
set(ARTICLE "${DEPECHE_ASSETS_DIR}/articles/karabakh-peskov.fr.txt")

add_test(NAME cli_version COMMAND ${CLI} --version)
set_tests_properties(cli_version PROPERTIES PASS_REGULAR_EXPRESSION "^depeche ${PROJECT_VERSION}")

add_test(NAME cli_analyze_launch_article COMMAND ${CLI} analyze ${ARTICLE} --dct 2023-09-25)
set_tests_properties(cli_analyze_launch_article PROPERTIES
  PASS_REGULAR_EXPRESSION "\"schema\":\"depeche/analysis@1\".*\"source\":\"La Gazette\"")

add_test(NAME cli_rejects_impossible_dct COMMAND ${CLI} analyze ${ARTICLE} --dct 2023-02-30)
set_tests_properties(cli_rejects_impossible_dct PROPERTIES WILL_FAIL TRUE)
add_test(NAME cli_explains_impossible_dct COMMAND ${CLI} analyze ${ARTICLE} --dct banana)
set_tests_properties(cli_explains_impossible_dct PROPERTIES PASS_REGULAR_EXPRESSION "YYYY-MM-DD")

add_test(NAME cli_missing_file COMMAND ${CLI} analyze /nonexistent/article.txt)
set_tests_properties(cli_missing_file PROPERTIES PASS_REGULAR_EXPRESSION "cannot open")

# Quotations and speakers, scored on the whole gold set against the issue's thresholds.
file(GLOB DEPECHE_GOLD_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/gold/*.gold.json")
add_test(NAME eval_gold_set_quotes
  COMMAND ${CLI} eval --min-f1-30 0.90 --min-f1-80 0.85 --min-speaker 0.90 ${DEPECHE_GOLD_FILES})
add_test(NAME eval_launch_article_every_quote
  COMMAND ${CLI} eval --require-all "${CMAKE_SOURCE_DIR}/tests/gold/karabakh-peskov.gold.json")
set_tests_properties(eval_launch_article_every_quote PROPERTIES PASS_REGULAR_EXPRESSION
  "karabakh-peskov.gold.json +18 +18  1.000 1.000 1.000  1.000 1.000 1.000  1.000")
add_test(NAME eval_json_report COMMAND ${CLI} eval --json "${CMAKE_SOURCE_DIR}/tests/gold/karabakh-peskov.gold.json")
set_tests_properties(eval_json_report PROPERTIES PASS_REGULAR_EXPRESSION "\"overall\".*\"overlap_80\".*\"speaker_accuracy\"")
add_test(NAME eval_fails_on_a_missed_quote
  COMMAND ${CLI} eval --require-all "${CMAKE_SOURCE_DIR}/tests/fixtures/eval/unfindable.gold.json")
set_tests_properties(eval_fails_on_a_missed_quote PROPERTIES WILL_FAIL TRUE)
add_test(NAME eval_fails_below_threshold
  COMMAND ${CLI} eval --min-f1-30 0.5 "${CMAKE_SOURCE_DIR}/tests/fixtures/eval/unfindable.gold.json")
set_tests_properties(eval_fails_below_threshold PROPERTIES WILL_FAIL TRUE)
add_test(NAME eval_explains_missing_gold COMMAND ${CLI} eval /nonexistent/x.gold.json)
set_tests_properties(eval_explains_missing_gold PROPERTIES PASS_REGULAR_EXPRESSION "cannot open")
add_test(NAME cli_analyze_launch_speakers COMMAND ${CLI} analyze ${ARTICLE})
set_tests_properties(cli_analyze_launch_speakers PROPERTIES PASS_REGULAR_EXPRESSION
  "\"name\":\"Dmitri Peskov\".*\"name\":\"Nikol Pachinyan\".*\"name\":\"ministère russe des Affaires étrangères\".*\"quotes\":\\[{")

# The time layer's gates: value accuracy on the time gold set, and every timex and event of the
# launch article's gold found with its value.
file(GLOB DEPECHE_TIME_GOLD "${CMAKE_CURRENT_SOURCE_DIR}/gold/time/*.gold.json")
add_test(NAME eval_time_gold_accuracy COMMAND ${CLI} eval-time ${DEPECHE_TIME_GOLD} --min-accuracy 0.95)
add_test(NAME eval_time_launch_article COMMAND ${CLI} eval-time "${CMAKE_CURRENT_SOURCE_DIR}/gold/karabakh-peskov.gold.json" --strict)
# Gold placed by byte offsets: a repeated "lundi" is matched to its own occurrence, and a timex
# whose gold value is null counts for recall, not for value accuracy.
add_test(NAME eval_time_gold_by_offsets
  COMMAND ${CLI} eval-time --strict "${CMAKE_CURRENT_SOURCE_DIR}/fixtures/eval-time/repeated.gold.json")
set_tests_properties(eval_time_gold_by_offsets PROPERTIES PASS_REGULAR_EXPRESSION
  "3 gold, precision 1.000, recall 1.000, value accuracy 1.000 \\(over 2 found with a gold value\\)")

# Place scoring: a gold place found, one missed and a predicted place the gold leaves out.
set(PLACE_GOLD "${CMAKE_CURRENT_SOURCE_DIR}/cli/places/scoring.gold.json")
add_test(NAME eval_time_scores_places COMMAND ${CLI} eval-time ${PLACE_GOLD})
set_tests_properties(eval_time_scores_places PROPERTIES PASS_REGULAR_EXPRESSION
  "places: 2 gold in 1 files, recall 0\\.500, precision 0\\.500")
add_test(NAME eval_time_lists_place_errors COMMAND ${CLI} eval-time ${PLACE_GOLD} --verbose)
set_tests_properties(eval_time_lists_place_errors PROPERTIES PASS_REGULAR_EXPRESSION
  "place not found: \"Trifouillis-les-Oies\".*false place: Tbilissi")

# Hostile inputs, end to end: each must give valid output or a clear refusal, in bounded time.
add_executable(hostile_inputs cli/hostile_inputs.cpp)
target_link_libraries(hostile_inputs PRIVATE depeche_warnings)
set(HOSTILE "${CMAKE_CURRENT_BINARY_DIR}/hostile")
add_test(NAME cli_hostile_inputs_written COMMAND hostile_inputs ${HOSTILE})
set_tests_properties(cli_hostile_inputs_written PROPERTIES FIXTURES_SETUP hostile)

# depeche_cli_expect(NAME ARGS a b ... EXIT 0|nonzero [STDOUT re] [STDERR re] [INPUT file] [SECONDS n])
function(depeche_cli_expect name)
  cmake_parse_arguments(E "" "EXIT;STDOUT;STDERR;INPUT;SECONDS" "ARGS" ${ARGN})
  list(JOIN E_ARGS "|" args)
  set(defs "-DCOMMAND=${CLI}|analyze|${args}" "-DEXIT=${E_EXIT}")
  foreach(key STDOUT STDERR INPUT SECONDS)
    if(DEFINED E_${key})
      list(APPEND defs "-D${key}=${E_${key}}")
    endif()
  endforeach()
  add_test(NAME cli_hostile_${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/expect.cmake)
  set_tests_properties(cli_hostile_${name} PROPERTIES FIXTURES_REQUIRED hostile)
endfunction()

set(SCHEMA "\"schema\":\"depeche/analysis@1\"")
foreach(input invalid-utf8 nul-bytes one-line-10MB one-line-dates-3MB signatures-3MB quotes-100k nested-quotes rtl-emoji empty)
  depeche_cli_expect(${input} ARGS ${HOSTILE}/${input}.txt EXIT 0 STDOUT ${SCHEMA})
endforeach()
depeche_cli_expect(invalid_utf8_reported ARGS ${HOSTILE}/invalid-utf8.txt EXIT 0 STDOUT "not valid UTF-8")
depeche_cli_expect(nul_reported ARGS ${HOSTILE}/nul-bytes.txt EXIT 0 STDOUT "NUL byte")
# 50 MB, as a file and on standard input: refused quickly, the limit in the message.
depeche_cli_expect(oversize_file ARGS ${HOSTILE}/oversize-50MB.txt EXIT nonzero STDERR "larger than 16 MiB" SECONDS 10)
depeche_cli_expect(oversize_stdin ARGS - INPUT ${HOSTILE}/oversize-50MB.txt EXIT nonzero
  STDERR "standard input: larger than 16 MiB" SECONDS 10)
# An impossible or malformed DCT is refused with the expected form, not analyzed.
depeche_cli_expect(dct_not_a_day ARGS ${ARTICLE} --dct 2023-02-30 EXIT nonzero STDERR "not a day of the calendar")
depeche_cli_expect(dct_banana ARGS ${ARTICLE} --dct banana EXIT nonzero STDERR "YYYY-MM-DD")

# Options, parsed by one OptionSpec for every command: each mistake is named with its option.
add_test(NAME cli_option_needs_value COMMAND ${CLI} analyze --dct)
set_tests_properties(cli_option_needs_value PROPERTIES PASS_REGULAR_EXPRESSION "--dct needs a value")
add_test(NAME cli_unknown_option COMMAND ${CLI} eval-time --bogus x.gold.json)
set_tests_properties(cli_unknown_option PROPERTIES PASS_REGULAR_EXPRESSION "unknown option --bogus")
add_test(NAME eval_rejects_threshold_out_of_range COMMAND ${CLI} eval --min-f1-30 2 x.gold.json)
set_tests_properties(eval_rejects_threshold_out_of_range PROPERTIES
  PASS_REGULAR_EXPRESSION "--min-f1-30: takes a number from 0 to 1, not 2")
add_test(NAME eval_time_rejects_zero_repeat COMMAND ${CLI} eval-time --repeat 0 x.gold.json)
set_tests_properties(eval_time_rejects_zero_repeat PROPERTIES
  PASS_REGULAR_EXPRESSION "--repeat: takes a whole number from 1 to 1000000, not 0")

# Dossiers: many articles analyzed together, from a manifest or from the command line.
set(DOSSIER_FIXTURES "${CMAKE_CURRENT_SOURCE_DIR}/fixtures/dossier")
function(depeche_dossier_expect name)
  cmake_parse_arguments(E "" "EXIT;STDOUT;STDERR" "ARGS" ${ARGN})
  list(JOIN E_ARGS "|" args)
  set(defs "-DCOMMAND=${CLI}|dossier|${args}" "-DEXIT=${E_EXIT}")
  foreach(key STDOUT STDERR)
    if(DEFINED E_${key})
      list(APPEND defs "-D${key}=${E_${key}}")
    endif()
  endforeach()
  add_test(NAME cli_dossier_${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/expect.cmake)
endfunction()
# The manifest's paths are relative to its folder, wherever the command runs; its names and DCTs
# are kept, and the minister spelled two ways is one speaker with the launch told by two sources.
depeche_dossier_expect(manifest ARGS --manifest ${DOSSIER_FIXTURES}/manifest.json EXIT 0
  STDOUT "\"schema\":\"depeche/dossier@1\",\"articles\":\\[{\"id\":\"a1\",\"name\":\"chantier\",[^\n]*\"dct\":\"2024-03-13\",\"dct_source\":\"given\".*\"speakers\":\\[{\"id\":\"s1\",\"name\":\"Arsène Kalousdian\",[^]]*\"Arsène Kalousdyan\".*\"sources\":\\[{\"article\":\"a1\",\"event\":\"ev1\"},{\"article\":\"a2\",\"event\":\"ev1\"}\\].*\"refused\":\\[\\]")
depeche_dossier_expect(manifest_names_default_to_path ARGS --manifest ${DOSSIER_FIXTURES}/manifest.json --pretty EXIT 0
  STDOUT "\"id\": \"a2\",\n *\"name\": \"pont-critiques.fr.txt\"")
depeche_dossier_expect(manifest_not_a_list ARGS --manifest ${DOSSIER_FIXTURES}/not-a-list.json EXIT 2
  STDERR "not-a-list.json: not a JSON list \\(expected a list of")
depeche_dossier_expect(manifest_entry_without_path ARGS --manifest ${DOSSIER_FIXTURES}/no-path.json EXIT 2
  STDERR "no-path.json: entry 1 has no \"path\"")
depeche_dossier_expect(manifest_dct_not_a_string ARGS --manifest ${DOSSIER_FIXTURES}/bad-dct-type.json EXIT 2
  STDERR "entry 1: \"dct\" must be a string")
depeche_dossier_expect(manifest_missing ARGS --manifest ${DOSSIER_FIXTURES}/nonexistent.json EXIT 2 STDERR "cannot open")
depeche_dossier_expect(needs_articles ARGS --pretty EXIT 2 STDERR "give the articles' files, or --manifest")
# A refused file is named on stderr with why, and the dossier of the others is still printed.
# (No bracket in these expressions: an unbalanced one would join the arguments CMake passes.)
depeche_dossier_expect(refused_among_good
  ARGS ${DOSSIER_FIXTURES}/pont-chantier.fr.txt ${DOSSIER_FIXTURES}/empty.fr.txt ${DOSSIER_FIXTURES}/nonexistent.fr.txt
       ${DOSSIER_FIXTURES}/pont-critiques.fr.txt
  EXIT 1 STDERR "refused [^\n]*empty.fr.txt: the text is empty\n[^\n]*refused [^\n]*nonexistent.fr.txt: cannot open the file"
  STDOUT "\"id\":\"a2\",\"name\":\"[^\"]*pont-critiques.fr.txt\".*\"refused\":.{\"name\":\"[^\"]*empty.fr.txt\",\"reason\":\"the text is empty\"},{\"name\":\"[^\"]*nonexistent.fr.txt\"")
# The example dossier shipped with the explorer: twenty articles from 1988 to 2024, two dated
# by their dateline, none refused.
depeche_dossier_expect(example_karabakh ARGS --manifest ${DEPECHE_ASSETS_DIR}/dossiers/karabakh/manifest.json EXIT 0
  STDOUT "\"id\":\"a1\",[^\n]*\"dct\":\"1988-02-21\".*\"dct_source\":\"text\".*\"id\":\"a20\",[^\n]*\"dct\":\"2024-04-17\".*\"refused\":\\[\\]")

# A snapshot that does not match the gazetteer's files is passed over, not trusted: the command
# builds the gazetteer from the files and prints what it prints with the build's own snapshot.
add_test(NAME cli_passes_over_a_stale_snapshot COMMAND sh -c [[
set -e
work=$0; cli=$1; generated=$2; article=$3
rm -rf "$work" && mkdir -p "$work"
cp "$generated/gazetteer.json" "$generated/gazetteer-towns.json" "$work/"
printf 'DPCHGAZ1 from another build' > "$work/gazetteer-fr.snapshot"
DEPECHE_GENERATED="$work" "$cli" analyze "$article" > "$work/stale.json"
"$cli" analyze "$article" > "$work/fresh.json"
cmp "$work/stale.json" "$work/fresh.json"
grep -q '"places":\[{' "$work/stale.json"
]] "${CMAKE_BINARY_DIR}/stale-snapshot-test" ${CLI} "${DEPECHE_GENERATED_DIR}" ${ARTICLE})
