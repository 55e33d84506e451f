# Compiles every data file under schema/ into the library, so that a built tool needs nothing
# beside itself at run time. kg_embed_schema(NAME DIR) defines ${NAME}_SOURCE (a generated .cpp
# holding the files as string literals; see include/kg/schema_files.h).
function(kg_embed_schema name dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${dir} ${dir}/*.json ${dir}/*.jsonld ${dir}/*.tsv)
  list(SORT files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
  set(abs_files)
  foreach(f ${files})
    list(APPEND abs_files ${dir}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -DOUT=${out} "-DFILES=${files}"
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemaRun.cmake
    DEPENDS ${abs_files} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemaRun.cmake
    COMMENT "Embedding schema/ data files"
    VERBATIM)
  set(${name}_SOURCE ${out} PARENT_SCOPE)
endfunction()
