# Writes dist/index.html from shell.html: the served build loads annotator.js from a file,
# where the offline build (emcc --shell-file) inlines the script into the same slot.
#   cmake -DSHELL=shell.html -DOUT=dist/index.html -P make_index.cmake
file(READ ${SHELL} html)
string(REPLACE "{{{ SCRIPT }}}" "<script async src=\"annotator.js\"></script>" html "${html}")
file(WRITE ${OUT} "${html}")
