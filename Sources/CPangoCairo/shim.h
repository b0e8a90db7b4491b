#ifndef PKRI_CPANGOCAIRO_SHIM_H
#define PKRI_CPANGOCAIRO_SHIM_H
// Cairo draws, Pango lays out and shapes text; PDF surfaces embed font subsets.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#endif
