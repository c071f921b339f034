# VNC tests start their own Xtigervnc (free display and port), so they may run in parallel with others.
# A server restart and several reconnects fit well inside this bound.
foreach(t tst_runtime_vncsession tst_ui_vncview)
  if(TEST ${t})
    set_tests_properties(${t} PROPERTIES TIMEOUT 300 LABELS "vnc")
  endif()
endforeach()
