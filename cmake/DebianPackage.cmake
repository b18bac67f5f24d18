# cpack -G DEB (or the `package` target): a .deb of what cmake/Install.cmake installs, under /usr.
# Its Depends come from dpkg-shlibdeps over the binary (RE2, ICU, yaml-cpp, fmt, libzip, pugixml,
# libxlsxwriter, poppler-cpp, libxml2 … at the versions this machine built against).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plancheck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "compliance checker for public legal service plans (公共法律服务体系建设规划合规检查)")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "plancheck checks a district, county or city public legal service plan\n\
(.docx, .doc, .wps, .pdf, .odt, .html, .ofd, .txt, .md) against rules drawn from\n\
the national and provincial frameworks, and reports what is missing, what is\n\
weaker than required, where, and which clause requires it. The rule packs are\n\
compiled in. The package holds the command line, its man page and bash and zsh\n\
completions, and plancheck-serve.service (the page for drafters), not enabled.")
set(PLANCHECK_DEB_MAINTAINER "plancheck maintainers <maintainers@users.noreply.b-seed-15989fd5.example>"
    CACHE STRING "The .deb's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PLANCHECK_DEB_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# .doc/.wps are converted with LibreOffice when it is there.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui")
set(CPACK_STRIP_FILES ON)
include(CPack)
