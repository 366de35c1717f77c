# Installing vbtask, and packaging it as a .deb.
#
# `cmake --install build --prefix P` gives
#   P/bin/vbtask
#   P/share/vbtask/rules/     found by the binary as ../share/vbtask/rules
#   P/share/vbtask/schema/    the JSON schemas of the output
#   P/share/man/man1/vbtask.1.gz, made from the commands' --help
# and `cd build && cpack -G DEB` makes vbtask_<version>_<arch>.deb of the
# same files under /usr. The layout is fixed (not GNUInstallDirs) because
# the binary finds its rules by it.

find_program(HELP2MAN help2man REQUIRED)
set(VBTASK_MAN_PAGE ${CMAKE_BINARY_DIR}/vbtask.1.gz)
add_custom_command(
  OUTPUT ${VBTASK_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -DVBTASK=$<TARGET_FILE:vbtask> -DHELP2MAN=${HELP2MAN}
          -DOUT=${VBTASK_MAN_PAGE} -P ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
  DEPENDS vbtask ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
  COMMENT "Writing the man page from vbtask --help"
  VERBATIM)
add_custom_target(vbtask_man_page ALL DEPENDS ${VBTASK_MAN_PAGE})

install(TARGETS vbtask RUNTIME DESTINATION bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/rules/ DESTINATION share/vbtask/rules)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schema/ DESTINATION share/vbtask/schema)
install(FILES ${VBTASK_MAN_PAGE} DESTINATION share/man/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vbtask)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Vietnamese directive documents to structured JSON")
set(CPACK_PACKAGE_DESCRIPTION
    "vbtask reads Vietnamese directive documents (text, PDF, scans, Word, ODT) and writes their header, numbered items, leads, deadlines and citations as JSON, or the items as CSV or an Excel workbook, on the command line or as an HTTP service.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "vbtask maintainers <vbtask@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# Shared libraries found by dpkg-shlibdeps; the data the program reads at
# run time named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-vi, tesseract-ocr-vie")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui")
include(CPack)
