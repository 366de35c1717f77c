# Writes the man page OUT (gzipped) with HELP2MAN from the --help of the
# program VBTASK and of each of its subcommands. Run with cmake -P.
set(commands extract serve repair lm eval)
set(work ${OUT}.d)
file(MAKE_DIRECTORY ${work})

set(include_text "[DESCRIPTION]
.B vbtask
turns Vietnamese directive documents (text in any Vietnamese encoding, PDF,
scanned PDF and images through OCR, Word, OpenDocument) into structured JSON:
header metadata, the numbered items with their hierarchy, who leads and
co-operates, deadlines, cited documents and footnotes; or into a CSV or Excel table of
the items. The output contract is described by the JSON schema in
/usr/share/vbtask/schema (or PREFIX/share/vbtask/schema).

[COMMANDS]
")
foreach(command IN LISTS commands)
  execute_process(COMMAND ${VBTASK} ${command} --help
                  OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${VBTASK} ${command} --help failed (${status})")
  endif()
  # roff: backslashes escaped; a line starting with a dot or quote is text.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REPLACE "\n." "\n\\&." help "${help}")
  string(REPLACE "\n'" "\n\\&'" help "${help}")
  string(APPEND include_text ".SS \"vbtask ${command}\"\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include_text "
[FILES]
.TP
.I PREFIX/share/vbtask/rules
The word lists, tables and patterns the pipeline reads, found beside the
installed binary (../share/vbtask/rules).
.TP
.I PREFIX/share/vbtask/schema
JSON schemas of the output (vbtask-2.schema.json).

[ENVIRONMENT]
.TP
.B VBTASK_RULES
The rules directory for a binary that has none beside it (one run from its
build folder); --rules overrides both.

[EXIT STATUS]
0 every input was processed; 1 some inputs failed, each named on standard
error; 2 usage error, or the rules could not be loaded.
")
file(WRITE ${work}/include.h2m "${include_text}")

execute_process(
  COMMAND ${HELP2MAN} --no-info --section=1
          "--name=Vietnamese directive documents to structured JSON"
          --include=${work}/include.h2m --output=${work}/vbtask.1 ${VBTASK}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed (${status})")
endif()
# -n: no name or time stamp inside, so that the page is reproducible.
execute_process(COMMAND gzip -9nf ${work}/vbtask.1 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed (${status})")
endif()
file(RENAME ${work}/vbtask.1.gz ${OUT})
