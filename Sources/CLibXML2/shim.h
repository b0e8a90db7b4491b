#ifndef PKRI_CLIBXML2_SHIM_H
#define PKRI_CLIBXML2_SHIM_H

// xmlversion.h must come first so that ICU can be switched off before
// encoding.h pulls in ICU headers that clash with Foundation's copy.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlIO.h>

// xmlFree is a C global function pointer; Swift 6 refuses to touch it.
static inline void pkri_xmlFree(void *p) { xmlFree(p); }

// Macros Swift cannot import.
static inline int pkri_nodeSetLength(xmlNodeSetPtr ns) { return ns ? ns->nodeNr : 0; }

#endif
