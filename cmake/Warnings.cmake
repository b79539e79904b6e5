# Project code builds warning-clean; third-party targets do not get these flags.
add_library(depeche_warnings INTERFACE)
target_compile_options(depeche_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
