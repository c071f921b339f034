# The bundled lab library must lint clean: the lab-format linter (ckxctl labs lint, errors and warnings) and
# shellcheck over every script. Both read files only, so they are quick and need no Docker.
add_test(NAME labs_lint COMMAND $<TARGET_FILE:ckxctl> labs lint ${PROJECT_SOURCE_DIR}/resources/labs)
set_tests_properties(labs_lint PROPERTIES LABELS core TIMEOUT 120)
add_test(NAME labs_shellcheck COMMAND ${PROJECT_SOURCE_DIR}/scripts/shellcheck-labs.sh ${PROJECT_SOURCE_DIR}/resources/labs)
set_tests_properties(labs_shellcheck PROPERTIES LABELS core TIMEOUT 300)
