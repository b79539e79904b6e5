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

# The time layer's gates: value accuracy on the time gold set, and every timex and event of the
# launch article's gold found with its value.
file(GLOB DEPECHE_TIME_GOLD "${CMAKE_CURRENT_SOURCE_DIR}/gold/time/*.gold.json")
add_test(NAME eval_time_gold_accuracy COMMAND ${CLI} eval-time ${DEPECHE_TIME_GOLD} --min-accuracy 0.95)
add_test(NAME eval_time_launch_article COMMAND ${CLI} eval-time "${CMAKE_CURRENT_SOURCE_DIR}/gold/karabakh-peskov.gold.json" --strict)
