/* SPDX-License-Identifier: GPL-3.0-or-later
 * The lists a person picks from in dialogs: rungs of both tracks, industries, sizes. */
#pragma once

#include <adwaita.h>

#include "core/ladder-framework.h"

G_BEGIN_DECLS

GPtrArray *ladder_choices_fill_rungs (LadderFramework    *framework,
                                     AdwComboRow        *row,
                                     AdwComboRow        *other);
GPtrArray *ladder_choices_fill_frameworks (AdwComboRow *row);
int        ladder_choices_framework_index (GPtrArray  *frameworks,
                                           const char *id);
guint      ladder_choices_rung_index (GPtrArray          *rungs,
                                      const char         *track,
                                      const char         *rung);
void       ladder_choices_fill       (AdwComboRow        *row,
                                      const char * const *ids,
                                      const char *      (*label) (const char *id),
                                      guint               selected);
guint      ladder_choices_index      (const char * const *ids,
                                      const char         *id);

G_END_DECLS
