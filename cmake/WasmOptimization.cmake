# Optimization levels of the wasm build, chosen by measuring the page's first load (issue 16) and
# the core's speed under Node (bench/). The interface code (Dear ImGui, the explorer's views and
# model, the web bridge) is compiled for size: it was a third of the module's code and the reader
# never waits on it for long. The analysis core keeps the build type's -O3, and so does the link,
# which drives wasm-opt over the whole module, core included. Measured and left out: -Os on the
# core (146 KB less gzipped, half the speed), -O2 on it (8 KB less, a start-up that measured slower
# more often than not), -Oz or -Os at the link (17 or 7 KB less, 22% or 12% slower core).
foreach(target IN ITEMS imgui depeche_app depeche_app_model depeche_web depeche_offline)
  target_compile_options(${target} PRIVATE -Oz)
endforeach()
