# ckx-server tests start real server processes and a PostgreSQL cluster each; give them time, and run the heavy
# concurrency test alone so its timing is not skewed by other suites on the 2 shared cores.
foreach(t tst_serversync_auth tst_serversync_billing tst_serversync_examsessions tst_serversync_robustness
          tst_serversync_accessstatus)
  if(TEST ${t})
    set_tests_properties(${t} PROPERTIES TIMEOUT 900 LABELS "server-sync;postgresql")
  endif()
endforeach()
if(TEST tst_serversync_examsessions)
  set_tests_properties(tst_serversync_examsessions PROPERTIES RUN_SERIAL TRUE)
endif()
