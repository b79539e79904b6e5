# Runs a data build script on a bad input and passes only when the script fails with the expected
# message: a broken package must stop the build with a sentence, not a stack trace or a bad file.
# -DCOMMAND="node|script|args..." (| separates the arguments) -DEXPECT=<regular expression on stderr>
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "the build script accepted a bad input:\n${out}")
endif()
if(NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "the build script failed without the expected message \"${EXPECT}\":\n${err}")
endif()
if(err MATCHES "    at ")
  message(FATAL_ERROR "the build script printed a stack trace instead of a message:\n${err}")
endif()
