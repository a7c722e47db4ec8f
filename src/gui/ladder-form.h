/* SPDX-License-Identifier: GPL-3.0-or-later
 * The fields of the editing dialogs: a heading above each, named after it for screen readers. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

GtkWidget *ladder_form_entry  (GtkWidget  *box,
                               const char *label,
                               const char *text);
void       ladder_form_widget (GtkWidget  *box,
                               const char *label,
                               GtkWidget  *widget);
GtkWidget   *ladder_form_scroller     (GtkWidget     *child,
                                       int            max_height);
void         ladder_form_label_choice_button (GtkDropDown *dropdown,
                                              const char  *label);
void         ladder_form_name_choice  (GtkDropDown   *dropdown,
                                       const char    *name);
GtkDropDown *ladder_form_skill_choice (LadderProfile *profile,
                                       const char    *selected,
                                       GPtrArray    **ids);

G_END_DECLS
