/* SPDX-License-Identifier: GPL-3.0-or-later
 * The session: one undo history for every kind of change, steps as a person makes them, the
 * history across profile switches, and no write without a change. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-samples.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/ladder-planner.h"
#include "core/ladder-session.h"

static char *profiles_dir;

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
read_file (const char *file_name)
{
  g_autofree char *path = g_build_filename (profiles_dir, file_name, NULL);
  char *data = NULL;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return NULL;
  return data;
}

/* A sample in a fresh store, open in a new session. */
static LadderSession *
open_sample (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name,
                                                   NULL);
  g_autofree char *target = NULL;
  g_autofree char *data = NULL;
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  LadderSession *session;
  gsize length;

  g_clear_pointer (&profiles_dir, g_free);
  profiles_dir = g_dir_make_tmp ("ladder-session-XXXXXX", &error);
  g_assert_no_error (error);
  target = g_build_filename (profiles_dir, name, NULL);
  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  g_assert_true (g_file_set_contents (target, data, length, NULL));

  store = ladder_store_new (profiles_dir);
  profile = ladder_store_load (store, name, &error);
  g_assert_no_error (error);
  session = ladder_session_new (store);
  ladder_session_set_profile (session, profile, name);
  return session;
}

/* Each kind of change, undone and redone: the profile is byte for byte what it was. */
static void
test_every_kind (void)
{
  g_autoptr (LadderSession) session = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_session_get_profile (session);
  g_autofree char *own_skill = NULL;
  g_autofree char *question = NULL;
  struct
  {
    const char *what;
    const char *label;
  } kinds[] = {
    { "level", "change of “APIs” level" },
    { "target", "change of “APIs” target" },
    { "note", "change of the note on “APIs”" },
    { "hidden", "hiding of “APIs”" },
    { "name", "change of the profile’s name" },
    { "industry", "change of your work context" },
    { "horizon", "change of the plan’s horizon" },
    { "position", "change of your current rung" },
    { "target-rung", "change of your target rung" },
    { "add-skill", "addition of “Supply chain”" },
    { "remove-skill", "removal of “Supply chain”" },
    { "plan", "new plan" },
    { "status", NULL },
    { "remove-item", NULL },
    { "add-question", "addition of “Why us?”" },
    { "answer", "change of an answer" },
    { "remove-question", "removal of “Why us?”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *before = ladder_profile_to_data (profile, NULL);
      g_autofree char *after = NULL;
      g_autofree char *undone_text = NULL;
      g_autofree char *redone_text = NULL;
      g_autofree char *label = NULL;
      g_autofree char *label_again = NULL;
      g_autoptr (GError) error = NULL;
      const char *what = kinds[i].what;

      if (g_str_equal (what, "level"))
        ladder_profile_set_skill_levels (profile, "apis", 4, 5);
      else if (g_str_equal (what, "target"))
        ladder_profile_set_skill_target (profile, "apis", 3, TRUE);
      else if (g_str_equal (what, "note"))
        ladder_profile_set_skill_note (profile, "apis", "Read <RFC 9110> & “REST” 🚀");
      else if (g_str_equal (what, "hidden"))
        ladder_profile_set_skill_hidden (profile, "apis", TRUE);
      else if (g_str_equal (what, "name"))
        ladder_profile_set_name (profile, "Anna P.");
      else if (g_str_equal (what, "industry"))
        ladder_profile_set_industry (profile, "ai");
      else if (g_str_equal (what, "horizon"))
        ladder_profile_set_horizon_years (profile, 5);
      else if (g_str_equal (what, "position"))
        ladder_profile_set_position (profile, "expert", "principal-pm");
      else if (g_str_equal (what, "target-rung"))
        ladder_profile_set_target (profile, "management", "director");
      else if (g_str_equal (what, "add-skill"))
        own_skill = ladder_profile_add_skill (profile, "Supply chain", "business");
      else if (g_str_equal (what, "remove-skill"))
        ladder_profile_skill_free (ladder_profile_remove_skill (profile, own_skill, NULL));
      else if (g_str_equal (what, "plan"))
        ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
      else if (g_str_equal (what, "status"))
        ladder_profile_set_plan_item_status (profile, ladder_profile_get_plan_item (profile,
                                                                                    3)->id,
                                             LADDER_STATUS_DONE);
      else if (g_str_equal (what, "remove-item"))
        ladder_plan_item_free (ladder_profile_remove_plan_item (
          profile, ladder_profile_get_plan_item (profile, 3)->id, NULL));
      else if (g_str_equal (what, "add-question"))
        question = ladder_profile_add_question (profile, "Why us?");
      else if (g_str_equal (what, "answer"))
        ladder_profile_set_answer (profile, question, "Because", TRUE, NULL);
      else if (g_str_equal (what, "remove-question"))
        ladder_answer_free (ladder_profile_remove_answer (profile, question, NULL));
      drain ();
      after = ladder_profile_to_data (profile, NULL);
      g_assert_cmpstr (before, !=, after);
      g_assert_true (ladder_session_can_undo (session));
      if (kinds[i].label != NULL)
        g_assert_cmpstr (ladder_session_get_undo_label (session), ==, kinds[i].label);

      label = ladder_session_undo (session, &error);
      g_assert_no_error (error);
      g_assert_nonnull (label);
      undone_text = ladder_profile_to_data (profile, NULL);
      g_assert_cmpstr (undone_text, ==, before);

      label_again = ladder_session_redo (session, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (label_again, ==, label);
      redone_text = ladder_profile_to_data (profile, NULL);
      g_assert_cmpstr (redone_text, ==, after);
      g_assert_false (ladder_session_can_redo (session));
    }
}

/* Changes in one turn of the main loop are one step; typing in one field is one step; a
 * change after an undo drops what could be redone. */
static void
test_steps (void)
{
  g_autoptr (LadderSession) session = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_session_get_profile (session);
  g_autofree char *original = ladder_profile_to_data (profile, NULL);
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  const char *typed[] = { "L", "Le", "Lea", "Lear", "Learn" };

  /* "Targets from rung": many skills at once, one step. */
  for (guint i = 0; i < ladder_profile_get_n_skills (profile) && i < 5; i++)
    ladder_profile_set_skill_target (profile, ladder_profile_get_skill (profile, i)->id, 5,
                                     TRUE);
  drain ();
  g_assert_cmpstr (ladder_session_get_undo_label (session), ==, "several changes");

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      ladder_profile_set_skill_note (profile, "apis", typed[i]);
      drain ();
    }
  label = ladder_session_undo (session, NULL);
  g_assert_cmpstr (label, ==, "change of the note on “APIs”");
  g_assert_cmpstr (ladder_profile_lookup_skill (profile, "apis")->note, !=, "Learn");
  g_assert_cmpstr (ladder_profile_lookup_skill (profile, "apis")->note, !=, "Lear");
  g_clear_pointer (&label, g_free);

  label = ladder_session_undo (session, NULL);
  g_assert_cmpstr (label, ==, "several changes");
  text = ladder_profile_to_data (profile, NULL);
  g_assert_cmpstr (text, ==, original);
  g_assert_null (ladder_session_undo (session, NULL));

  /* A new change after undo: nothing left to redo. */
  g_assert_true (ladder_session_can_redo (session));
  ladder_profile_set_name (profile, "Li Wei (AI)");
  drain ();
  g_assert_false (ladder_session_can_redo (session));
}

/* Which of the profile's part signals fired since the last look. */
typedef struct
{
  guint skills, plan, interview, evidence, changed;
} Told;

static void
count_cb (LadderProfile *profile,
          guint         *counter)
{
  (*counter)++;
}

static void
listen (LadderProfile *profile,
        Told          *told)
{
  g_signal_connect (profile, "skills-changed", G_CALLBACK (count_cb), &told->skills);
  g_signal_connect (profile, "plan-changed", G_CALLBACK (count_cb), &told->plan);
  g_signal_connect (profile, "interview-changed", G_CALLBACK (count_cb), &told->interview);
  g_signal_connect (profile, "evidence-changed", G_CALLBACK (count_cb), &told->evidence);
  g_signal_connect (profile, "changed", G_CALLBACK (count_cb), &told->changed);
}

/* Undo and Redo tell only the parts the step changed: a view showing the plan is not made
 * again when a name or a level is undone. */
static void
test_undo_tells_parts (void)
{
  g_autoptr (LadderSession) session = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_session_get_profile (session);
  g_autofree char *label = NULL;
  Told told = { 0 };
  int level = ladder_profile_lookup_skill (profile, "apis")->current;

  ladder_planner_regenerate (ladder_profile_get_framework (profile), profile);
  drain ();
  listen (profile, &told);
  ladder_profile_set_name (profile, "Li Wei (AI)");
  drain ();
  ladder_profile_set_skill_levels (profile, "apis", level == 5 ? 4 : level + 1,
                                   ladder_profile_lookup_skill (profile, "apis")->target);
  drain ();
  memset (&told, 0, sizeof told);

  label = ladder_session_undo (session, NULL);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, level);
  g_assert_cmpuint (told.skills, ==, 1);
  g_assert_cmpuint (told.plan + told.interview + told.evidence, ==, 0);
  g_assert_cmpuint (told.changed, ==, 1);
  g_clear_pointer (&label, g_free);
  memset (&told, 0, sizeof told);

  label = ladder_session_undo (session, NULL);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");
  g_assert_cmpuint (told.skills + told.plan + told.interview + told.evidence, ==, 0);
  g_assert_cmpuint (told.changed, ==, 1);
  g_clear_pointer (&label, g_free);
  memset (&told, 0, sizeof told);

  label = ladder_session_redo (session, NULL);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei (AI)");
  g_assert_cmpuint (told.skills + told.plan + told.interview + told.evidence, ==, 0);
  g_clear_pointer (&label, g_free);

  /* Two edits of one field merged into one step tell what both changed; a change of the plan
   * made in the same turn as a rating joins its step. */
  ladder_profile_set_skill_note (profile, "apis", "R");
  ladder_profile_set_plan_item_status (profile, ladder_profile_get_plan_item (profile, 0)->id,
                                       LADDER_STATUS_DONE);
  drain ();
  memset (&told, 0, sizeof told);
  label = ladder_session_undo (session, NULL);
  g_assert_cmpuint (told.skills, ==, 1);
  g_assert_cmpuint (told.plan, ==, 1);
  g_assert_cmpuint (told.interview + told.evidence, ==, 0);
  g_assert_cmpint (ladder_profile_get_plan_item (profile, 0)->status, ==, LADDER_STATUS_PLANNED);

  /* A change while no step holds it (Ladder's own draft) is told by the next Undo too. */
  g_clear_pointer (&label, g_free);
  ladder_profile_set_draft (profile, "career-plan", "A draft of my own", NULL, "en");
  drain ();
  memset (&told, 0, sizeof told);
  label = ladder_session_undo (session, NULL);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");
  g_assert_cmpuint (told.interview, ==, 1);
  g_assert_cmpuint (told.skills + told.plan + told.evidence, ==, 0);
  g_signal_handlers_disconnect_by_func (profile, count_cb, &told.skills);
  g_signal_handlers_disconnect_by_func (profile, count_cb, &told.plan);
  g_signal_handlers_disconnect_by_func (profile, count_cb, &told.interview);
  g_signal_handlers_disconnect_by_func (profile, count_cb, &told.evidence);
  g_signal_handlers_disconnect_by_func (profile, count_cb, &told.changed);
}

/* Waits for the next Undo (or Redo) to be read ahead; FALSE after ten seconds without. */
static gboolean
wait_ready (LadderSession *session,
            gboolean       redo)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!(redo ? ladder_session_get_redo_ready (session) : ladder_session_get_undo_ready (session)))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* A profile's text without the time it was last saved: the auto-save may run while a test
 * waits for a step to be read (it did on a busy machine), and a save is no step. */
static char *
without_saved_time (const char *text)
{
  g_autoptr (GRegex) modified = g_regex_new ("\\n *\"modified\" : \"[^\"]*\",", 0, 0, NULL);

  return g_regex_replace_literal (modified, text, -1, 0, "", 0, NULL);
}

/* Undo (or Redo), once its step is read ahead if @ahead: TRUE if the profile is then
 * @expected, but for the time it was saved (compared, not printed: a large profile's text). */
static gboolean
travel_to (LadderSession *session,
           gboolean       redo,
           gboolean       ahead,
           const char    *expected)
{
  g_autofree char *text = NULL;
  g_autofree char *got = NULL;
  g_autofree char *want = without_saved_time (expected);

  if (ahead)
    g_assert_true (wait_ready (session, redo));
  g_free (redo ? ladder_session_redo (session, NULL) : ladder_session_undo (session, NULL));
  text = ladder_profile_to_data (ladder_session_get_profile (session), NULL);
  got = without_saved_time (text);
  g_assert_cmpuint (strlen (got), <, strlen (text));
  return g_strcmp0 (got, want) == 0;
}

/* A large profile's next Undo and Redo are read in a thread ahead of time; what goes in is
 * what the step held, and never a step read ahead for a change that is no longer next. */
static void
test_read_ahead (void)
{
  g_autoptr (LadderSession) session = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_session_get_profile (session);
  g_autofree char *large = NULL, *renamed = NULL, *leveled = NULL;
  gsize length = 0;

  for (guint i = 0; length < 2 * LADDER_SESSION_READ_AHEAD_BYTES; i++)
    {
      g_autofree char *what = g_strdup_printf ("Shipped release %u <&> “quoted” 🚀", i);

      ladder_profile_add_evidence (profile, ladder_evidence_new ("2026-03-14", "apis", what,
                                                                 NULL, NULL, NULL));
      if (i % 500 == 0)
        g_free (ladder_profile_to_data (profile, &length));
    }
  drain ();
  large = ladder_profile_to_data (profile, NULL);
  /* A small profile is not read ahead: reading it at Undo takes no time. */
  g_assert_false (ladder_session_get_undo_ready (session));

  ladder_profile_set_name (profile, "Anna, renamed");
  drain ();
  renamed = ladder_profile_to_data (profile, NULL);
  ladder_profile_set_skill_levels (profile, "apis", 5, 5);
  drain ();
  leveled = ladder_profile_to_data (profile, NULL);
  g_assert_true (wait_ready (session, FALSE));

  /* A change after the read, undone at once (as Ctrl+Z in the same turn): Undo takes back
   * that change, not the one read ahead. */
  ladder_profile_set_skill_note (profile, "apis", "after the read");
  g_assert_true (travel_to (session, FALSE, FALSE, leveled));

  g_assert_true (travel_to (session, FALSE, TRUE, renamed));
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, !=, 5);
  g_assert_true (travel_to (session, FALSE, TRUE, large));
  g_assert_true (travel_to (session, TRUE, TRUE, renamed));
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Anna, renamed");
  drain ();
}

/* Each profile keeps its history while another one is open. */
static void
test_history_survives_switch (void)
{
  g_autoptr (LadderSession) session = open_sample ("li-wei-ai-startup.json");
  LadderStore *store = ladder_session_get_store (session);
  g_autoptr (LadderProfile) other = ladder_test_load_sample ("zhang-min-ecommerce.json");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *label = NULL;
  int before = ladder_profile_lookup_skill (ladder_session_get_profile (session),
                                            "apis")->current;

  ladder_profile_set_skill_levels (ladder_session_get_profile (session), "apis",
                                   before == 5 ? 4 : 5, 5);
  drain ();
  g_assert_true (ladder_session_save (session, &error));
  g_assert_no_error (error);

  other_name = ladder_store_create (store, other, &error);
  g_assert_no_error (error);
  ladder_session_set_profile (session, other, other_name);
  g_assert_false (ladder_session_can_undo (session));

  again = ladder_store_load (store, "li-wei-ai-startup.json", &error);
  g_assert_no_error (error);
  ladder_session_set_profile (session, again, "li-wei-ai-startup.json");
  g_assert_true (ladder_session_can_undo (session));
  label = ladder_session_undo (session, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (label, ==, "change of “APIs” level");
  g_assert_cmpint (ladder_profile_lookup_skill (again, "apis")->current, ==, before);
  /* The undo is a change like any other, and is saved. */
  g_assert_true (ladder_session_get_unsaved (session));
  g_assert_true (ladder_session_save (session, &error));
  g_assert_no_error (error);
  {
    g_autoptr (LadderProfile) reloaded = ladder_store_load (store, "li-wei-ai-startup.json",
                                                            &error);

    g_assert_no_error (error);
    g_assert_cmpint (ladder_profile_lookup_skill (reloaded, "apis")->current, ==, before);
  }
}

/* Opening, switching away and saving with no edit writes nothing: the file, its date and the
 * backup stay as they were. */
static void
test_no_write_without_change (void)
{
  g_autoptr (LadderSession) session = open_sample ("zhang-min-ecommerce.json");
  g_autofree char *before = read_file ("zhang-min-ecommerce.json");
  g_autofree char *after = NULL;
  g_autofree char *backup_dir = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (ladder_session_get_unsaved (session));
  g_assert_true (ladder_session_save (session, &error));
  g_assert_no_error (error);
  ladder_session_set_profile (session, NULL, NULL);
  drain ();
  after = read_file ("zhang-min-ecommerce.json");
  g_assert_cmpstr (after, ==, before);
  backup_dir = g_build_filename (profiles_dir, ".versions", "zhang-min-ecommerce.json", NULL);
  g_assert_false (g_file_test (backup_dir, G_FILE_TEST_EXISTS));
}

/* An edit is saved by itself after a moment. */
static void
test_auto_save (void)
{
  g_autoptr (LadderSession) session = open_sample ("zhang-min-ecommerce.json");
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *after = NULL;

  ladder_profile_set_name (ladder_session_get_profile (session), "Zhang Min <PM> & 🚀");
  g_assert_true (ladder_session_get_unsaved (session));
  g_signal_connect_swapped (session, "notify::unsaved", G_CALLBACK (g_main_loop_quit), loop);
  g_main_loop_run (loop);
  g_assert_false (ladder_session_get_unsaved (session));
  after = read_file ("zhang-min-ecommerce.json");
  g_assert_nonnull (strstr (after, "Zhang Min <PM> & 🚀"));
}

/* The file changed elsewhere: reload drops the changes made here, and Undo brings them back;
 * Save Again writes over it; Save as Copy keeps both and goes on in the copy. */
static void
test_conflicts (void)
{
  const char *name = "li-wei-ai-startup.json";
  g_autoptr (LadderSession) session = open_sample (name);
  g_autofree char *path = g_build_filename (profiles_dir, name, NULL);
  g_autofree char *outside = NULL, *now = NULL, *copy_name = NULL;
  g_autoptr (GError) error = NULL;

  {
    g_autofree char *read = NULL;

    g_assert_true (g_file_get_contents (path, &read, NULL, NULL));
    outside = g_strconcat (read, "\n", NULL);
  }
  g_assert_true (g_file_set_contents (path, outside, -1, NULL));
  ladder_profile_set_name (ladder_session_get_profile (session), "Mine");
  drain ();
  g_assert_false (ladder_session_save (session, &error));
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  /* Reload: the file's version, nothing written; Undo gives "Mine" back. */
  g_assert_true (ladder_session_reload (session, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (ladder_session_get_profile (session)), ==, "Li Wei");
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, outside);
  g_free (ladder_session_undo (session, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (ladder_session_get_profile (session)), ==, "Mine");

  /* Changed elsewhere again; Save as Copy: the other file untouched, the copy holds mine. */
  g_assert_true (g_file_set_contents (path, outside, -1, NULL));
  g_usleep (10000);
  {
    g_autofree char *again = g_strconcat (outside, " ", NULL);

    g_assert_true (g_file_set_contents (path, again, -1, NULL));
    g_free (outside);
    outside = g_steal_pointer (&again);
  }
  ladder_profile_set_name (ladder_session_get_profile (session), "Mine, again");
  drain ();
  g_assert_false (ladder_session_save (session, NULL));
  copy_name = ladder_session_save_as_copy (session, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy_name, !=, name);
  g_assert_cmpstr (ladder_session_get_file_name (session), ==, copy_name);
  g_clear_pointer (&now, g_free);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, outside);
  g_clear_pointer (&now, g_free);
  now = read_file (copy_name);
  g_assert_nonnull (strstr (now, "Mine, again"));

  /* Removed elsewhere; Save Again puts it back. */
  {
    g_autofree char *copy_path = g_build_filename (profiles_dir, copy_name, NULL);

    g_assert_cmpint (g_unlink (copy_path), ==, 0);
  }
  ladder_profile_set_name (ladder_session_get_profile (session), "Mine, still");
  drain ();
  g_assert_false (ladder_session_save (session, NULL));
  g_assert_true (ladder_session_save_again (session, &error));
  g_assert_no_error (error);
  g_clear_pointer (&now, g_free);
  now = read_file (copy_name);
  g_assert_nonnull (now);
  g_assert_nonnull (strstr (now, "Mine, still"));
}

/* Delete saves what is pending, closes the profile and forgets its history; Undo Delete puts
 * the file back as it was; a new profile of the same file name does not get the old history. */
static void
test_delete (void)
{
  const char *name = "anna-petrova-saas-enterprise.json";
  g_autoptr (LadderSession) session = open_sample (name);
  g_autofree char *deleted = NULL, *restored = NULL, *before = NULL, *after = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (ladder_session_can_undo_delete (session));
  ladder_profile_set_name (ladder_session_get_profile (session), "Anna, last words");
  drain ();
  deleted = ladder_session_delete (session, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deleted, ==, "Anna, last words");
  g_assert_null (ladder_session_get_profile (session));
  g_assert_null (read_file (name));
  g_assert_true (ladder_session_can_undo_delete (session));

  restored = ladder_session_undo_delete (session, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored, ==, name);
  after = read_file (name);
  g_assert_nonnull (strstr (after, "Anna, last words"));
  g_assert_false (ladder_session_can_undo_delete (session));
  g_assert_null (ladder_session_undo_delete (session, &error));
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  again = ladder_store_load (ladder_session_get_store (session), name, &error);
  g_assert_no_error (error);
  ladder_session_set_profile (session, again, name);
  g_assert_false (ladder_session_can_undo (session));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/session/every-kind", test_every_kind);
  g_test_add_func ("/session/steps", test_steps);
  g_test_add_func ("/session/undo-tells-parts", test_undo_tells_parts);
  g_test_add_func ("/session/read-ahead", test_read_ahead);
  g_test_add_func ("/session/history-survives-switch", test_history_survives_switch);
  g_test_add_func ("/session/no-write-without-change", test_no_write_without_change);
  g_test_add_func ("/session/auto-save", test_auto_save);
  g_test_add_func ("/session/conflicts", test_conflicts);
  g_test_add_func ("/session/delete", test_delete);
  return g_test_run ();
}
