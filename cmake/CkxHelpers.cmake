# One call declares a module library with its dependencies, and refuses arguments it does not know,
# so a typo in a dependency list fails the configure step instead of silently linking less.

set(CKX_COMMON_DEFINITIONS
  QT_NO_KEYWORDS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  CKX_VERSION="${PROJECT_VERSION}"
)

# Paths of this checkout (sources, binaries, test data) live in one generated header, never on compile lines.
configure_file(${CMAKE_CURRENT_LIST_DIR}/ckxpaths.h.in ${CMAKE_BINARY_DIR}/generated/ckxpaths.h @ONLY)

# CMake 3.25's AUTOMOC (Ninja) re-runs only when a file it already knew changes: a Q_OBJECT header that a
# re-glob adds to an existing build dir is never moc'ed and the link fails. When a target's file list changes,
# drop its autogen timestamp so the next build scans again.
function(ckx_refresh_automoc target sources)
  string(SHA1 hash "${sources}")
  if(NOT "${hash}" STREQUAL "${CKX_SOURCES_HASH_${target}}")
    file(REMOVE "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp")
    set(CKX_SOURCES_HASH_${target} "${hash}" CACHE INTERNAL "")
  endif()
endfunction()

function(ckx_apply_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  if(CKX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE ${CKX_COMMON_DEFINITIONS})
  target_include_directories(${target} PRIVATE ${CMAKE_BINARY_DIR}/generated)
endfunction()

# ckx_add_library(<name> ALIAS <ns::name> SOURCES ... [PUBLIC_DEPENDS ...] [PRIVATE_DEPENDS ...])
function(ckx_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "ALIAS" "SOURCES;PUBLIC_DEPENDS;PRIVATE_DEPENDS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ckx_add_library(${name}): unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "ckx_add_library(${name}): no SOURCES")
  endif()
  add_library(${name} STATIC ${ARG_SOURCES})
  ckx_refresh_automoc(${name} "${ARG_SOURCES}")
  if(ARG_ALIAS)
    add_library(${ARG_ALIAS} ALIAS ${name})
  endif()
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
  ckx_apply_warnings(${name})
endfunction()

# ckx_add_executable(<name> SOURCES ... [DEPENDS ...])
function(ckx_add_executable name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "SOURCES;DEPENDS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ckx_add_executable(${name}): unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  add_executable(${name} ${ARG_SOURCES})
  ckx_refresh_automoc(${name} "${ARG_SOURCES}")
  target_link_libraries(${name} PRIVATE ${ARG_DEPENDS})
  ckx_apply_warnings(${name})
endfunction()

# Sources of a module folder, recursively, so adding a file never means editing a shared list.
function(ckx_module_sources out dir)
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS
    ${dir}/*.cpp ${dir}/*.h ${dir}/*.qrc)
  list(FILTER srcs EXCLUDE REGEX "/images/")
  set(${out} ${srcs} PARENT_SCOPE)
endfunction()
