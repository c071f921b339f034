# The installer test builds the ckx-server image against the real dockerd (a compile on both cores, minutes; apt
# layers come from Docker's cache after the first run) and starts containers and PostgreSQL clusters: run it alone,
# with room for a cold build on CI's 2 cores.
if(TEST tst_serversync_installer)
  set_tests_properties(tst_serversync_installer PROPERTIES TIMEOUT 3600 RUN_SERIAL TRUE LABELS "server-sync;docker;postgresql")
endif()
