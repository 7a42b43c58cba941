# Installation layout and the Debian package (cpack -G DEB from the build directory).
# Paths follow the Debian policy and the freedesktop specifications; translations are
# compiled into the binary (:/i18n), so none are installed separately.
include(GNUInstallDirs)
set(MATHAKINE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/mathakine-admin)  # Debian: the package name

set(MATHAKINE_RES ${PROJECT_SOURCE_DIR}/resources)
set(MATHAKINE_APP_ID org.mathakine.Admin)  # AppStream id = desktop file name

install(FILES ${MATHAKINE_RES}/${MATHAKINE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${MATHAKINE_RES}/${MATHAKINE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${MATHAKINE_RES}/mathakine-admin.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${MATHAKINE_RES}/completion/mathakine-admin DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${MATHAKINE_RES}/doc/copyright DESTINATION ${MATHAKINE_DOC_DIR})

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no timestamp).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(MATHAKINE_GZ_DIR ${CMAKE_BINARY_DIR}/packaging)
set(MATHAKINE_GZ_FILES)
foreach(pair "man/mathakine-admin.1:man1/mathakine-admin.1.gz"
             "man/fr/mathakine-admin.1:fr/man1/mathakine-admin.1.gz"
             "doc/changelog:changelog.gz")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 target)
    get_filename_component(target_dir ${MATHAKINE_GZ_DIR}/${target} DIRECTORY)
    add_custom_command(OUTPUT ${MATHAKINE_GZ_DIR}/${target}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${target_dir}
        COMMAND ${GZIP_EXECUTABLE} -9nc ${MATHAKINE_RES}/${source} > ${MATHAKINE_GZ_DIR}/${target}
        DEPENDS ${MATHAKINE_RES}/${source} VERBATIM)
    list(APPEND MATHAKINE_GZ_FILES ${MATHAKINE_GZ_DIR}/${target})
endforeach()
add_custom_target(mathakine_compressed_docs ALL DEPENDS ${MATHAKINE_GZ_FILES})
install(FILES ${MATHAKINE_GZ_DIR}/man1/mathakine-admin.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${MATHAKINE_GZ_DIR}/fr/man1/mathakine-admin.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/fr/man1)
install(FILES ${MATHAKINE_GZ_DIR}/changelog.gz DESTINATION ${MATHAKINE_DOC_DIR})

set(CPACK_PACKAGE_NAME mathakine-admin)
set(CPACK_PACKAGE_VENDOR "Mathakine")
set(CPACK_PACKAGE_CONTACT "Mathakine maintainers <maintainers@users.noreply.b-seed-ebfa8ba0.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins at run time, where dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "postgresql-client, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
# The synopsis is the project's DESCRIPTION; CPack indents these lines and turns the empty
# one into the " ." paragraph separator.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Mathakine Admin applies the PostgreSQL migrations of the Mathakine database,
shows what each one changes before it runs, compares the schema with the one
the migrations produce and validates the data, from a desktop application
(French or English) or from the command line.

It connects like psql: URLs, service files, password files and TLS settings.")
include(CPack)
