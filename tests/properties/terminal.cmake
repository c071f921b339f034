# Terminal tests start their own sshd on a free loopback port; the GUI test runs offscreen.
if(TARGET tst_runtime_sshshellsession)
  set_tests_properties(tst_runtime_sshshellsession PROPERTIES TIMEOUT 300 LABELS "runtime;sshd")
endif()
if(TARGET tst_ui_terminalview)
  set_tests_properties(tst_ui_terminalview PROPERTIES TIMEOUT 300 LABELS "ui;sshd")
endif()
# Records real sshd sessions, plays one with asciinema, and SIGKILLs a recording child process.
if(TARGET tst_ui_terminalrecording)
  set_tests_properties(tst_ui_terminalrecording PROPERTIES TIMEOUT 300 LABELS "ui;sshd")
endif()
