/* SPDX-License-Identifier: GPL-3.0-or-later
 * Printing the plan report through GtkPrintOperation, with the same renderer as the PDF. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

GtkPrintOperation *ladder_print_operation_new          (LadderProfile     *profile);
void               ladder_print_operation_set_language (GtkPrintOperation *operation,
                                                        const char        *language);

G_END_DECLS
