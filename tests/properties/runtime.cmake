# Runtime tests talk to the real dockerd. They build the runtime images when missing (minutes the first time, a
# no-op afterwards), so they run one at a time and get generous timeouts.
set_tests_properties(tst_runtime_examstack PROPERTIES TIMEOUT 1800 RUN_SERIAL TRUE)
set_tests_properties(tst_runtime_warmpool PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
set_tests_properties(tst_runtime_kindnodeimage PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE) # builds the node image once
set_tests_properties(tst_runtime_dockerclient PROPERTIES TIMEOUT 300)

# Every Docker lab in resources/labs must pass `ckxctl labs verify` on this machine: each check fails on a fresh
# environment and passes after the reference solution, for two draws of the lab's parameters (seeds 1 and 2).
# Own data folder, so its exams never mix with a learner's.
add_test(NAME labs_verify_docker
  COMMAND ${CMAKE_COMMAND} -E env CKX_DATA_DIR=${CMAKE_BINARY_DIR}/test-data/labs-verify
          CKX_LABS_DIRS=${PROJECT_SOURCE_DIR}/resources/labs
          $<TARGET_FILE:ckxctl> labs verify --all-docker --seed 1 --seed 2)
set_tests_properties(labs_verify_docker PROPERTIES LABELS runtime TIMEOUT 1800 RUN_SERIAL TRUE)
