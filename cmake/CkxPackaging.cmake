# Install rules and the Debian packages (`make package`, or `cpack` in the build folder):
#   ckx-desktop: ckx, ckxctl, the bundled labs, the runtime images' sources, desktop entry, icons, metainfo,
#                the ckx:// URL handler, man page and bash completion;
#   ckx-server:  ckx-server, its systemd unit, its own copy of the labs, a system user made by the postinst.
# Paths are relative to the prefix (/usr in the packages), so `cmake --install build --prefix DIR` works too.

include(GNUInstallDirs)

# What the packages hold, to build before packaging without building the tests and benchmarks (make package).
add_custom_target(ckx_package_contents)
add_dependencies(ckx_package_contents ckx ckxctl ckx-server)

set(CKX_PKG_DIR ${CMAKE_BINARY_DIR}/installer)
set(CKX_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)
set(CKX_APP_ID io.ckx.Desktop)

# Full RELRO for the installed programs (Debian's hardening default). A link option only: no object is recompiled.
foreach(program ckx ckxctl ckx-server)
  target_link_options(${program} PRIVATE -Wl,-z,relro,-z,now)
endforeach()

# --- ckx-desktop -------------------------------------------------------------------------------------------------
install(TARGETS ckx ckxctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
# LabCatalog::defaultRoots() looks in <bin>/../share/ckx/labs first, so the installed app needs no setting.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/labs DESTINATION ${CMAKE_INSTALL_DATADIR}/ckx
        COMPONENT desktop USE_SOURCE_PERMISSIONS)
# The scripts the images run (install.sh, entrypoint.sh) are executable, as in the build context docker gets;
# profile.sh is sourced, not run.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/images DESTINATION ${CMAKE_INSTALL_DATADIR}/ckx
        COMPONENT desktop USE_SOURCE_PERMISSIONS
        REGEX "/(install|entrypoint)\\.sh$" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
install(FILES ${CKX_INSTALLER_DIR}/desktop/${CKX_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT desktop)
install(FILES ${CKX_INSTALLER_DIR}/desktop/${CKX_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT desktop)
install(FILES ${CKX_INSTALLER_DIR}/desktop/${CKX_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desktop)
install(FILES ${CKX_INSTALLER_DIR}/ckxctl.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME ckxctl COMPONENT desktop)

# PNG icons and man pages are made at build time: the SVG is the only drawing, --help the only usage text.
find_program(CKX_RSVG_CONVERT rsvg-convert)
find_program(CKX_HELP2MAN help2man)
find_program(CKX_GZIP gzip)
if(CKX_RSVG_CONVERT)
  set(icons)
  foreach(size 16 24 32 48 64 128 256 512)
    set(png ${CKX_PKG_DIR}/icons/${size}x${size}/${CKX_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CKX_PKG_DIR}/icons/${size}x${size}
      COMMAND ${CKX_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${CKX_INSTALLER_DIR}/desktop/${CKX_APP_ID}.svg
      DEPENDS ${CKX_INSTALLER_DIR}/desktop/${CKX_APP_ID}.svg VERBATIM)
    list(APPEND icons ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT desktop)
  endforeach()
  add_custom_target(ckx_icons ALL DEPENDS ${icons})
  add_dependencies(ckx_package_contents ckx_icons)
else()
  message(STATUS "rsvg-convert not found (Debian: librsvg2-bin): the packages get only the SVG icon")
endif()

# ckx_manpage(<target> <summary> <component>): <target>.1.gz from `<target> --help` and `--version`.
function(ckx_manpage target summary component)
  set(page ${CKX_PKG_DIR}/man/${target}.1)
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CKX_PKG_DIR}/man
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${CKX_HELP2MAN} --no-info --section 1 --name ${summary} --output ${page}
            $<TARGET_FILE:${target}>
    COMMAND ${CKX_GZIP} -9nf ${page}
    DEPENDS ${target} VERBATIM)
  add_custom_target(${target}_manpage ALL DEPENDS ${page}.gz)
  add_dependencies(ckx_package_contents ${target}_manpage)
  install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()
if(CKX_HELP2MAN AND CKX_GZIP)
  ckx_manpage(ckx "CKX Desktop: hands-on Kubernetes, Docker and Helm exam practice" desktop)
  ckx_manpage(ckxctl "CKX Desktop command line: labs, exams, runtime images" desktop)
  ckx_manpage(ckx-server "CKX companion server: accounts, passes, exam grants" server)
else()
  message(STATUS "help2man not found (Debian: help2man): the packages get no man pages")
endif()

# Debian wants a copyright file and a compressed changelog in /usr/share/doc/<package>/.
file(MAKE_DIRECTORY ${CKX_PKG_DIR})
execute_process(COMMAND ${CKX_GZIP} -9nc ${CKX_INSTALLER_DIR}/debian/changelog
                OUTPUT_FILE ${CKX_PKG_DIR}/changelog.gz)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CKX_INSTALLER_DIR}/debian/changelog)
foreach(package ckx-desktop ckx-server)
  string(REGEX REPLACE "^ckx-" "" component ${package})
  install(FILES ${CKX_INSTALLER_DIR}/debian/copyright ${CKX_PKG_DIR}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

# --- ckx-server --------------------------------------------------------------------------------------------------
install(TARGETS ckx-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
# Its own copy of the labs: both packages may be installed on one machine, and dpkg lets one file have one owner.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/labs DESTINATION ${CMAKE_INSTALL_DATADIR}/ckx-server
        COMPONENT server USE_SOURCE_PERMISSIONS)
install(FILES ${PROJECT_SOURCE_DIR}/docs/server.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ckx-server COMPONENT server)
# The unit as shipped for manual installs (docs/server.md), pointed at the package's copy of the labs.
file(READ ${CKX_INSTALLER_DIR}/ckx-server.service unit)
string(REPLACE "CKX_LABS_DIRS=/usr/share/ckx/labs" "CKX_LABS_DIRS=/usr/share/ckx-server/labs" unit "${unit}")
file(WRITE ${CKX_PKG_DIR}/ckx-server.service "${unit}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CKX_INSTALLER_DIR}/ckx-server.service)
install(FILES ${CKX_PKG_DIR}/ckx-server.service DESTINATION lib/systemd/system COMPONENT server)
foreach(script postinst prerm postrm)
  configure_file(${CKX_INSTALLER_DIR}/debian/ckx-server.${script} ${CKX_PKG_DIR}/server-control/${script} COPYONLY)
endforeach()

# --- CPack -------------------------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ckx)
set(CPACK_PACKAGE_VENDOR "The CKX developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's description below starts with its own synopsis line (CPack indents the rest and turns empty lines
# into " ."); a global summary would be put before it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_CONTACT "CKX maintainers <maintainers@users.noreply.r-seed-ca1552f7.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <package>_<version>_<arch>.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME ckx-desktop)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION education)
# shlibdeps sees only linked libraries; Qt loads these as plugins (window system, SQLite for the store, SVG icons).
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "docker.io, gnome-keyring")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "ckx-server")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
  "hands-on Kubernetes, Docker and Helm exam practice
CKX Desktop is a practice tool for the hands-on Kubernetes certifications
(CKAD, CKA, CKS) and for Docker and Helm. Each exam runs in containers on
your own Docker engine, with a terminal, a remote desktop, the questions and
a timer; every task is checked automatically when you finish.

This package holds the desktop app (ckx), the command line (ckxctl), the
bundled lab packs and the sources of the runtime images.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ckx-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, passwd")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CKX_PKG_DIR}/server-control/postinst ${CKX_PKG_DIR}/server-control/prerm ${CKX_PKG_DIR}/server-control/postrm)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
  "companion server for CKX Desktop
ckx-server keeps learners' accounts and access passes, sells passes through
Stripe Checkout, signs exam grants and stores synced results, on SQLite or
PostgreSQL.

This package holds the server, a hardened systemd unit (not enabled until
/etc/ckx-server/env holds the settings) and a system user ckx-server whose
data in /var/lib/ckx-server is kept when the package is removed.")

include(CPack)
