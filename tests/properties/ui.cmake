# The exam walk provisions real Docker stacks (two, one after the other): give it time, and never run it beside
# the runtime's own integration tests, which count and remove labelled resources.
if(TARGET tst_ui_examwalk)
  set_tests_properties(tst_ui_examwalk PROPERTIES TIMEOUT 1200 RUN_SERIAL TRUE LABELS "ui;docker")
endif()

# Builds (from the layer cache) and cancels real image builds under throwaway tags.
if(TARGET tst_ui_prerequisitespage)
  set_tests_properties(tst_ui_prerequisitespage PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE LABELS "ui;docker")
endif()

# Fills and drains the warm pool on the real dockerd.
if(TARGET tst_ui_warmpoolscheduler)
  set_tests_properties(tst_ui_warmpoolscheduler PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE LABELS "ui;docker")
endif()

# The paid path end to end: a real ckx-server, the keychain and one real Docker exam of a full lab.
if(TARGET tst_ui_fullexamwalk)
  set_tests_properties(tst_ui_fullexamwalk PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE LABELS "ui;docker;server")
endif()
