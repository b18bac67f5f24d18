# The bundled rule packs and data files under rules/ are compiled into the binary, so one
# file checks a plan anywhere. Each file becomes a byte array keyed by its path under rules/.
file(GLOB_RECURSE PLANCHECK_RULE_FILES CONFIGURE_DEPENDS
     ${CMAKE_CURRENT_SOURCE_DIR}/rules/*.yaml ${CMAKE_CURRENT_SOURCE_DIR}/rules/*.tsv)
list(SORT PLANCHECK_RULE_FILES)
set(PLANCHECK_EMBEDDED_RULES ${CMAKE_CURRENT_BINARY_DIR}/generated/embedded_rules.cc)
add_custom_command(
  OUTPUT ${PLANCHECK_EMBEDDED_RULES}
  COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_CURRENT_SOURCE_DIR}/rules -DOUT=${PLANCHECK_EMBEDDED_RULES}
          "-DFILES=${PLANCHECK_RULE_FILES}" -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_files.cmake
  DEPENDS ${PLANCHECK_RULE_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Embedding rules/ into the binary"
  VERBATIM)
