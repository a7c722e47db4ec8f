/* SPDX-License-Identifier: GPL-3.0-or-later
 * The plan report: one renderer (cairo + Pango) for the PDF export and for printing. */
#pragma once

#include <cairo.h>

#include "ladder-framework.h"
#include "ladder-profile.h"

G_BEGIN_DECLS

typedef struct _LadderReport LadderReport;

LadderReport *ladder_report_new            (LadderFramework *framework,
                                            LadderProfile   *profile,
                                            cairo_t         *cr,
                                            double           page_width,
                                            double           page_height);
guint         ladder_report_get_n_pages    (LadderReport    *report);
void          ladder_report_draw_page      (LadderReport    *report,
                                            cairo_t         *cr,
                                            guint            page);
void          ladder_report_free           (LadderReport    *report);

void          ladder_report_default_paper  (double          *width,
                                            double          *height);
gboolean      ladder_report_write_pdf      (LadderFramework *framework,
                                            LadderProfile   *profile,
                                            const char      *path,
                                            double           page_width,
                                            double           page_height,
                                            GError         **error);
char         *ladder_report_to_markdown    (LadderFramework *framework,
                                            LadderProfile   *profile);
gboolean      ladder_report_write_case_pdf (LadderFramework *framework,
                                            LadderProfile   *profile,
                                            const char      *path,
                                            double           page_width,
                                            double           page_height,
                                            GError         **error);
char         *ladder_report_case_to_markdown (LadderFramework *framework,
                                              LadderProfile   *profile);
const char   *ladder_report_pango_language (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReport, ladder_report_free)

G_END_DECLS
