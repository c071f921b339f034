# VNC tests start their own Xtigervnc (free display and port), so they may run in parallel with others.
# A server restart and several reconnects fit well inside this bound.
foreach(t tst_runtime_vncsession tst_ui_vncview)
  if(TEST ${t})
    set_tests_properties(${t} PROPERTIES TIMEOUT 300)
    set_property(TEST ${t} APPEND PROPERTY LABELS vnc)
  endif()
endforeach()

# The same view tests on a device pixel ratio of 2 (HiDPI): mapping and 1:1 mode must follow it.
if(TARGET tst_ui_vncview)
  add_test(NAME tst_ui_vncview_dpr2 COMMAND tst_ui_vncview)
  set_tests_properties(tst_ui_vncview_dpr2 PROPERTIES TIMEOUT 300 LABELS "ui;vnc"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_SCALE_FACTOR=2;CKX_BIN_DIR=${CMAKE_BINARY_DIR}/bin")
endif()
# Resizes real Xtigervnc desktops (one that accepts SetDesktopSize, one started with -AcceptSetDesktopSize=0).
if(TARGET tst_ui_vncdesktopfit)
  set_tests_properties(tst_ui_vncdesktopfit PROPERTIES TIMEOUT 120 LABELS "ui;xvnc")
endif()
