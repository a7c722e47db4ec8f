/* SPDX-License-Identifier: GPL-3.0-or-later
 * Mends what GTK 4.8 tells assistive technologies, for every widget of the process. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ladder_accessible_mend_mnemonic_names (void);
void ladder_accessible_name_pages          (GtkStack   *stack,
                                            const char *name);
void ladder_accessible_name_icon_button    (GtkWidget  *button,
                                            const char *name);
void ladder_accessible_name_choice         (AdwComboRow *row);
void ladder_accessible_name_stacks         (GtkWidget   *widget,
                                            const char  *name);
void ladder_accessible_mend_entry_row      (AdwEntryRow *row);
void ladder_accessible_name_button         (GtkWidget   *button,
                                            const char  *name);

G_END_DECLS
