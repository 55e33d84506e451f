# Compiles every data file under schema/ into the library, so that a built tool needs nothing
# beside itself at run time. kg_embed_schema(NAME DIR [EXTRA file...]) defines ${NAME}_SOURCE (a
# generated .cpp holding the files as byte arrays; see include/kg/schema_files.h). EXTRA files
# (generated at build time) are embedded as geo/<file name>.
function(kg_embed_schema name dir)
  cmake_parse_arguments(ARG "" "" "EXTRA" ${ARGN})
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${dir} ${dir}/*.json ${dir}/*.jsonld ${dir}/*.tsv)
  list(SORT files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
  set(abs_files)
  foreach(f ${files})
    list(APPEND abs_files ${dir}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -DOUT=${out} "-DFILES=${files}" "-DEXTRA=${ARG_EXTRA}"
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemaRun.cmake
    DEPENDS ${abs_files} ${ARG_EXTRA} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemaRun.cmake
    COMMENT "Embedding schema/ data files"
    VERBATIM)
  set(${name}_SOURCE ${out} PARENT_SCOPE)
endfunction()
