/* SPDX-License-Identifier: GPL-3.0-or-later
 * The lists a person picks from in the New Profile dialog and the profile's settings. */
#define G_LOG_DOMAIN "ladder-choices"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-framework-store.h"
#include "ladder-choices.h"

/**
 * ladder_choices_fill_rungs:
 * @framework: the profile's framework
 * @row: a combo row to list every rung of every track
 * @other: (nullable): a second combo row to give the same list
 *
 * Returns: (transfer container) (element-type LadderRung): the rungs, in the rows' order
 */
GPtrArray *
ladder_choices_fill_rungs (LadderFramework *framework,
                           AdwComboRow     *row,
                           AdwComboRow     *other)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *rungs = g_ptr_array_new ();

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          const LadderRung *rung = &track->rungs[r];
          /* Translators: a rung in a list of both tracks' rungs: "Team lead — Management track" */
          g_autofree char *label = g_strdup_printf (_("%s — %s"), rung->title, track->title);

          g_ptr_array_add (rungs, (gpointer) rung);
          gtk_string_list_append (labels, label);
        }
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  if (other != NULL)
    adw_combo_row_set_model (other, G_LIST_MODEL (labels));
  return rungs;
}

/**
 * ladder_choices_fill_frameworks:
 * @row: a combo row to list the ladders a profile can be on
 *
 * Returns: (transfer full) (element-type LadderFramework): the built-in ladder, then the
 *   company ladders that can be read, in the row's order
 */
GPtrArray *
ladder_choices_fill_frameworks (AdwComboRow *row)
{
  g_autoptr (GPtrArray) entries = ladder_frameworks_list ();
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *frameworks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < entries->len; i++)
    {
      LadderFrameworkEntry *entry = entries->pdata[i];
      LadderFramework *framework = ladder_frameworks_lookup (entry->id, NULL);

      if (framework == NULL)
        continue;
      g_ptr_array_add (frameworks, g_object_ref (framework));
      gtk_string_list_append (names, ladder_framework_get_name (framework));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  return frameworks;
}

/* Returns: the place of the framework @id in @frameworks, or -1 */
int
ladder_choices_framework_index (GPtrArray  *frameworks,
                                const char *id)
{
  for (guint i = 0; i < frameworks->len; i++)
    if (g_strcmp0 (ladder_framework_get_id (frameworks->pdata[i]), id) == 0)
      return (int) i;
  return -1;
}

guint
ladder_choices_rung_index (GPtrArray  *rungs,
                           const char *track,
                           const char *rung)
{
  for (guint i = 0; i < rungs->len; i++)
    {
      const LadderRung *candidate = rungs->pdata[i];

      if (g_strcmp0 (candidate->track, track) == 0 && g_strcmp0 (candidate->id, rung) == 0)
        return i;
    }
  return 0;
}

void
ladder_choices_fill (AdwComboRow        *row,
                     const char * const *ids,
                     const char *      (*label) (const char *id),
                     guint               selected)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (model, label (ids[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
}

guint
ladder_choices_index (const char * const *ids,
                      const char         *id)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return 0;
}
