/* SPDX-License-Identifier: GPL-3.0-or-later
 * The rating history of one skill (or the average of all) over time, drawn, with the same
 * points in words for a screen reader. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_TYPE_HISTORY_CHART (ladder_history_chart_get_type ())
G_DECLARE_FINAL_TYPE (LadderHistoryChart, ladder_history_chart, LADDER, HISTORY_CHART, GtkWidget)

typedef struct
{
  char *date;   /* "2027-03-01" */
  double level; /* 0–5 */
  guint entry;  /* its snapshot in the profile's rating history */
  int day;      /* days since the first point: the x axis keeps time's proportions */
} LadderHistoryPoint;

GtkWidget *ladder_history_chart_new        (void);
void       ladder_history_chart_show       (LadderHistoryChart *self,
                                            LadderProfile      *profile,
                                            const char         *skill);
guint      ladder_history_chart_get_n_points (LadderHistoryChart *self);
const LadderHistoryPoint *
           ladder_history_chart_get_point  (LadderHistoryChart *self,
                                            guint               index);

G_END_DECLS
