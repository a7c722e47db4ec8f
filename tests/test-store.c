/* SPDX-License-Identifier: GPL-3.0-or-later
 * The store: atomic saves with backups, and a file it cannot read is never touched. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <utime.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ladder-store.h"

typedef struct
{
  char *dir;
  LadderStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("ladder-store-XXXXXX", &error);

  g_assert_no_error (error);
  fixture->dir = g_build_filename (tmp, "profiles", NULL);
  fixture->store = ladder_store_new (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);

  g_assert_finalize_object (fixture->store);
  ladder_test_remove_tree (parent);
  g_free (fixture->dir);
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static char *
file_contents (Fixture    *fixture,
               const char *file_name)
{
  g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);
  char *data = NULL;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return NULL;
  return data;
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_create_list_load (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Olga Ivanova");
  g_autoptr (LadderProfile) chinese = ladder_profile_new ("王芳");
  g_autoptr (LadderProfile) loaded = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  entries = ladder_store_list (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  ladder_profile_set_skill_levels (profile, "apis", 3, 4);
  file_name = ladder_store_create (fixture->store, profile, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (file_name, ==, "olga-ivanova.json");
  second = ladder_store_create (fixture->store, profile, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, ==, "olga-ivanova-2.json");
  third = ladder_store_create (fixture->store, chinese, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (third, ".json"));

  entries = ladder_store_list (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);

  loaded = ladder_store_load (fixture->store, file_name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (loaded), ==, "Olga Ivanova");
  g_assert_cmpint (ladder_profile_lookup_skill (loaded, "apis")->current, ==, 3);

  {
    g_autofree char *resolved = ladder_store_resolve (fixture->store, "王芳");
    g_assert_cmpstr (resolved, ==, third);
  }
}

static void
test_save_atomic_with_backup (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Sam");
  g_autoptr (GPtrArray) versions = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;

  file_name = ladder_store_create (fixture->store, profile, &error);
  g_assert_no_error (error);
  before = file_contents (fixture, file_name);

  ladder_profile_set_name (profile, "Sam Taylor");
  g_assert_true (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_no_error (error);
  /* Auto-save writes again moments later: the version kept is still the one from before. */
  ladder_profile_set_name (profile, "Sam Taylor-Reid");
  g_assert_true (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_no_error (error);

  after = file_contents (fixture, file_name);
  g_assert_nonnull (strstr (after, "Sam Taylor-Reid"));
  versions = ladder_store_list_versions (fixture->store, file_name);
  g_assert_cmpuint (versions->len, ==, 1);
  kept = ladder_store_read_version (fixture->store, versions->pdata[0], NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, before);
  /* No temporary file is left behind: only the profile and the versions folder. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

/* Planted versions with old times: the newest ten stay, then the first of each day for a
 * month; older ones go. */
static void
test_versions_pruned (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Pat");
  g_autofree char *file_name = ladder_store_create (fixture->store, profile, &error);
  g_autofree char *directory = NULL;
  g_autoptr (GPtrArray) versions = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  guint planted = 0;

  g_assert_no_error (error);
  directory = g_build_filename (fixture->dir, ".versions", file_name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (directory, 0700), ==, 0);
  /* Three a day for 40 days, starting a day ago. */
  for (int day = 1; day <= 40; day++)
    for (int hour = 8; hour <= 16; hour += 4)
      {
        g_autoptr (GDateTime) when = g_date_time_add_days (now, -day);
        g_autoptr (GDateTime) at = g_date_time_new_utc (g_date_time_get_year (when),
                                                        g_date_time_get_month (when),
                                                        g_date_time_get_day_of_month (when),
                                                        hour, 0, 0);
        g_autofree char *stamp = g_date_time_format (at, "%Y%m%dT%H%M%SZ.json");
        g_autofree char *path = g_build_filename (directory, stamp, NULL);

        g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
        planted++;
      }
  ladder_profile_set_name (profile, "Pat Lee");
  g_assert_true (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_no_error (error);

  versions = ladder_store_list_versions (fixture->store, file_name);
  /* Today's new version and the two newest planted, then one a day for the other days of the
   * month (day 1 already has its first version among the recent ones or kept as daily). */
  g_assert_cmpuint (versions->len, <, planted);
  g_assert_cmpuint (versions->len, >=, 30);
  g_assert_cmpuint (versions->len, <=, 10 + 30);
  for (guint i = 0; i < versions->len; i++)
    {
      const LadderStoreVersion *version = versions->pdata[i];

      g_assert_cmpint (g_date_time_to_unix (now) - version->time, <=, 31 * 24 * 60 * 60);
    }
}

/* A profile that is a link is written where it points, and keeps its permissions. */
static void
test_link_and_mode_kept (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Kim");
  g_autoptr (LadderProfile) loaded = NULL;
  g_autofree char *file_name = ladder_store_create (fixture->store, profile, &error);
  g_autofree char *synced = g_build_filename (fixture->dir, "..", "synced.json", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "kim-linked.json", NULL);
  g_autofree char *source = g_build_filename (fixture->dir, file_name, NULL);
  g_autofree char *text = NULL;
  GStatBuf buf;

  g_assert_no_error (error);
  g_assert_cmpint (g_rename (source, synced), ==, 0);
  g_assert_cmpint (g_chmod (synced, 0600), ==, 0);
  g_assert_cmpint (symlink (synced, link), ==, 0);

  loaded = ladder_store_load (fixture->store, "kim-linked.json", &error);
  g_assert_no_error (error);
  ladder_profile_set_name (loaded, "Kim Lee");
  g_assert_true (ladder_store_save (fixture->store, loaded, "kim-linked.json", &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  g_assert_cmpint (g_stat (synced, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (synced, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Kim Lee"));
}

/* What a killed save leaves behind goes at the next start; nothing else does. */
static void
test_interrupted_save_cleaned (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Lou");
  g_autofree char *file_name = ladder_store_create (fixture->store, profile, &error);
  g_autofree char *stale = g_build_filename (fixture->dir, ".lou.json.saving-Ab12Cd", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, ".lou.json.saving-Zz99Yy", NULL);
  g_autofree char *mine = g_build_filename (fixture->dir, "notes.json.backup", NULL);
  struct utimbuf old = { .actime = 1000000000, .modtime = 1000000000 };

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (stale, "{", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "{", -1, NULL));
  g_assert_true (g_file_set_contents (mine, "{", -1, NULL));
  g_assert_cmpint (g_utime (stale, &old), ==, 0);
  g_assert_cmpint (g_utime (mine, &old), ==, 0);

  ladder_store_clean_up (fixture->store);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));  /* another save in progress */
  g_assert_true (g_file_test (mine, G_FILE_TEST_EXISTS));   /* not a name Ladder makes */
  {
    g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);

    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_unreadable_never_overwritten (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Kai");
  g_autoptr (LadderProfile) loaded = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autofree char *after = NULL;
  const char *broken = "{\"format\": \"ladder-profile\", \"version\": 1, \"name\": \"Kai";

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, broken, -1, NULL));

  loaded = ladder_store_load (fixture->store, "broken.json", &error);
  g_assert_null (loaded);
  g_assert_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_NOT_JSON);
  g_clear_error (&error);

  /* Listed with the reason, not hidden and not removed. */
  entries = ladder_store_list (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_null (((LadderStoreEntry *) entries->pdata[0])->name);
  g_assert_nonnull (((LadderStoreEntry *) entries->pdata[0])->error);

  /* Saving over a file the store never read successfully is refused. */
  g_assert_false (ladder_store_save (fixture->store, profile, "broken.json", &error));
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK);
  after = file_contents (fixture, "broken.json");
  g_assert_cmpstr (after, ==, broken);
}

static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Ana");
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;

  file_name = ladder_store_create (fixture->store, profile, &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, file_name, NULL);

  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "edited elsewhere", -1, NULL));
  ladder_profile_set_name (profile, "Ana B.");
  g_assert_false (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK);
  after = file_contents (fixture, file_name);
  g_assert_cmpstr (after, ==, "edited elsewhere");
}

static void
test_newer_version_not_saved (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "good",
                                                   "newer-version.json", NULL);
  g_autofree char *file_name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (LadderProfile) profile = NULL;

  file_name = ladder_store_import (fixture->store, source, &error);
  g_assert_no_error (error);
  before = file_contents (fixture, file_name);
  profile = ladder_store_load (fixture->store, file_name, &error);
  g_assert_no_error (error);
  g_assert_true (ladder_profile_get_read_only (profile));

  ladder_profile_set_name (profile, "Changed");
  g_assert_false (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_READ_ONLY);
  after = file_contents (fixture, file_name);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_never_overwrites (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sample = sample_path ("li-wei-ai-startup.json");
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "truncated.json",
                                                NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;
  char *refused;

  first = ladder_store_import (fixture->store, sample, &error);
  g_assert_no_error (error);
  second = ladder_store_import (fixture->store, sample, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);

  /* Byte for byte. */
  g_assert_true (g_file_get_contents (sample, &original, NULL, NULL));
  copy = file_contents (fixture, second);
  g_assert_cmpstr (copy, ==, original);

  refused = ladder_store_import (fixture->store, bad, &error);
  g_assert_null (refused);
  g_assert_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_NOT_JSON);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

static void
test_delete_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Lee");
  g_autoptr (LadderProfile) taker = ladder_profile_new ("Lee");
  g_autofree char *file_name = NULL;
  g_autofree char *trashed = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *taken = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  file_name = ladder_store_create (fixture->store, profile, &error);
  g_assert_no_error (error);
  trashed = ladder_store_delete (fixture->store, file_name, &error);
  g_assert_no_error (error);
  entries = ladder_store_list (fixture->store, &error);
  g_assert_cmpuint (entries->len, ==, 0);

  /* Meanwhile another profile took the name: the restored one gets a new name, nothing is
   * overwritten. */
  taken = ladder_store_create (fixture->store, taker, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (taken, ==, file_name);
  restored = ladder_store_restore (fixture->store, trashed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored, !=, file_name);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = ladder_store_list (fixture->store, &error);
  g_assert_cmpuint (entries->len, ==, 2);
}

static void
test_duplicate_export (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Noor");
  g_autoptr (LadderProfile) copy = NULL;
  g_autoptr (LadderProfile) exported = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *export_path = NULL;

  file_name = ladder_store_duplicate (fixture->store, profile, &error);
  g_assert_no_error (error);
  copy = ladder_store_load (fixture->store, file_name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (copy), ==, "Noor (copy)");

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  export_path = g_build_filename (fixture->dir, "..", "exported.json", NULL);
  g_assert_true (ladder_store_export (profile, export_path, &error));
  exported = ladder_profile_load_file (export_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (exported), ==, "Noor");
}

static void
test_unwritable_folder (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Ro");
  g_autoptr (LadderStore) store = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("ladder-ro-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "profiles", NULL);
  char *file_name;

  g_assert_cmpint (g_mkdir (dir, 0555), ==, 0);
  if (access (dir, W_OK) == 0)
    {
      /* Running as root, permissions do not stop writes: a folder inside /proc does. */
      g_free (dir);
      dir = g_strdup ("/proc/self/ladder-profiles");
    }
  store = ladder_store_new (dir);
  file_name = ladder_store_create (store, profile, &error);
  g_assert_null (file_name);
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Could not"));
  g_rmdir (dir);
  g_rmdir (tmp);
}

/* A full disk, made real with a small tmpfs (needs root; skipped where mounting is not
 * allowed). The previous version stays exactly as it was. */
static void
test_disk_full (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *mount_point = g_dir_make_tmp ("ladder-full-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (mount_point, "profiles", NULL);
  g_autofree char *filler = g_build_filename (mount_point, "filler", NULL);
  g_autofree char *file_name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Full");
  const char *mount_argv[] = { "mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", mount_point,
                               NULL };
  const char *umount_argv[] = { "umount", mount_point, NULL };
  int status = -1;
  GString *big;

  if (!g_spawn_sync (NULL, (char **) mount_argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("cannot mount a small tmpfs here");
      g_rmdir (mount_point);
      return;
    }

  store = ladder_store_new (dir);
  file_name = ladder_store_create (store, profile, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* Fill the disk, then make the profile bigger than what is left. */
  big = g_string_new (NULL);
  while (big->len < 200 * 1024)
    g_string_append (big, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
  g_file_set_contents (filler, big->str, big->len, NULL); /* fails part-way: the disk is full */
  for (guint i = 0; i < 40; i++)
    ladder_profile_set_skill_note (profile, ladder_framework_get_skill (
                                     ladder_framework_get_builtin (), i % 22)->id,
                                   /* within the reader's limit, so that only the disk says no */
                                   big->str + big->len - (LADDER_MAX_TEXT_CHARS - 100) + i);
  g_string_free (big, TRUE);

  g_assert_false (ladder_store_save (store, profile, file_name, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (error->message, "Your previous version is unchanged."));
  g_clear_error (&error);

  /* A new profile on a full disk: there was no previous version to speak of. */
  {
    g_autofree char *created = ladder_store_create (store, profile, &error);

    g_assert_null (created);
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "the disk is full. Nothing was written."));
    g_assert_null (strstr (error->message, "previous version"));
  }

  g_spawn_sync (NULL, (char **) umount_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                NULL, NULL);
  g_rmdir (mount_point);
}

/* A pipe, a device or a folder is refused by its type, at once, and never read. */
static void
test_not_a_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.json", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.json", NULL);
  const char *paths[] = { fifo, folder, "/dev/zero" };

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderProfile) profile = ladder_profile_load_file (paths[i], &error);
      g_autofree char *imported = NULL;

      g_assert_null (profile);
      g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "not a file"));
      g_clear_error (&error);
      imported = ladder_store_import (fixture->store, paths[i], &error);
      g_assert_null (imported);
      g_assert_nonnull (error);
    }
  /* Names that are not a store file are an error, not a crash (a bad "last-profile"). */
  {
    const char *names[] = { "", "../etc/passwd", ".backup", "a/b.json", "no-suffix" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (LadderProfile) profile = ladder_store_load (fixture->store, names[i], &error);

        g_assert_null (profile);
        g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND);
      }
  }
}

/* A profile the reader would refuse is never written: the file on disk stays as it was. */
static void
test_never_writes_unreadable (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Ann");
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = ladder_store_create (fixture->store, profile, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *note = g_strnfill (LADDER_MAX_TEXT_CHARS + 1, 'x');

  g_assert_no_error (error);
  before = file_contents (fixture, file_name);
  ladder_profile_set_skill_note (profile, "apis", note);
  g_assert_false (ladder_store_save (fixture->store, profile, file_name, &error));
  g_assert_nonnull (strstr (error->message, "would not read back"));
  after = file_contents (fixture, file_name);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* Nor as a new file (New Profile, Duplicate, "Save Mine as a Copy"): nothing is created. */
  {
    g_autofree char *created = ladder_store_create (fixture->store, profile, &error);

    g_assert_null (created);
    g_assert_nonnull (strstr (error->message, "would not read back"));
    g_assert_cmpuint (count_files (fixture->dir), ==, 1);
  }
}

/* Another program changes the bytes but keeps the time (a sync tool, "cp -p"): still a change,
 * never written over. */
static void
test_changed_same_time (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Tim");
  g_autoptr (LadderProfile) loaded = NULL;
  g_autofree char *file_name = ladder_store_create (fixture->store, profile, &error);
  g_autofree char *path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  struct timespec times[2];
  GStatBuf buf;

  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, file_name, NULL);
  loaded = ladder_store_load (fixture->store, file_name, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  text = g_strconcat (original, "\n", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  times[0] = buf.st_atim;
  times[1] = buf.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);

  ladder_profile_set_name (loaded, "Tim (mine)");
  g_assert_false (ladder_store_save (fixture->store, loaded, file_name, &error));
  g_assert_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

/* Twenty imports of one file at once, each its own process: twenty files, none lost. */
static void
test_concurrent_imports (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sample = sample_path ("li-wei-ai-startup.json");
  const char *binary = g_getenv ("LADDER_BINARY");
  g_auto (GStrv) env = g_get_environ ();
  GPid pids[20];
  guint files = 0;

  g_assert_nonnull (binary);
  /* The store is $XDG_DATA_HOME/io.github.pmladder.Ladder/profiles for the command line. */
  {
    g_autofree char *store_root = g_path_get_dirname (fixture->dir);
    g_autofree char *app_dir = g_build_filename (store_root, "xdg", "io.github.pmladder.Ladder",
                                                 "profiles", NULL);
    g_autofree char *xdg = g_build_filename (store_root, "xdg", NULL);

    g_assert_cmpint (g_mkdir_with_parents (app_dir, 0700), ==, 0);
    env = g_environ_setenv (env, "XDG_DATA_HOME", xdg, TRUE);
    for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
      {
        const char *argv[] = { binary, "--import", sample, NULL };

        g_assert_true (g_spawn_async (NULL, (char **) argv, env,
                                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pids[i], NULL));
      }
    for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
      {
        int status;

        g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
        g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
      }
    {
      g_autoptr (GDir) dir = g_dir_open (app_dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json") && name[0] != '.')
          files++;
    }
  }
  g_assert_cmpuint (files, ==, G_N_ELEMENTS (pids));
}

static LadderStoreEntry *
listed (GPtrArray  *entries,
        const char *file_name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      LadderStoreEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->file_name, file_name))
        return entry;
    }
  g_error ("%s is not listed", file_name);
}

/* The profile menu's listing reads names; what is wrong deeper in a file is found by opening
 * it, and the next listing says so. The command line's listing reads every file in full. */
static void
test_list_reads_names (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "bad-status.json",
                                                NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "bad", "truncated.json",
                                                   NULL);
  g_autofree char *text = NULL;
  g_autofree char *truncated = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "deep.json", NULL);
  g_autofree char *path_broken = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (LadderStore) fresh = NULL;
  g_autoptr (GString) mended = NULL;
  LadderStoreEntry *entry;

  g_assert_true (g_file_get_contents (bad, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (broken, &truncated, NULL, NULL));
  mended = g_string_new (text);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (g_file_set_contents (path_broken, truncated, -1, NULL));

  entries = ladder_store_list (fixture->store, &error);
  g_assert_no_error (error);
  entry = listed (entries, "deep.json");
  g_assert_cmpstr (entry->name, ==, "Li Wei");
  g_assert_null (entry->error);
  /* What is wrong with the text itself is seen by the listing. */
  entry = listed (entries, "broken.json");
  g_assert_null (entry->name);
  g_assert_error (entry->error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_NOT_JSON);
  g_clear_pointer (&entries, g_ptr_array_unref);

  profile = ladder_store_load (fixture->store, "deep.json", &error);
  g_assert_null (profile);
  g_assert_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID);
  entries = ladder_store_list (fixture->store, NULL);
  entry = listed (entries, "deep.json");
  g_assert_null (entry->name);
  g_assert_cmpstr (entry->error->message, ==, error->message);
  g_clear_pointer (&entries, g_ptr_array_unref);

  fresh = ladder_store_new (fixture->dir);
  entries = ladder_store_list_checked (fresh, NULL);
  entry = listed (entries, "deep.json");
  g_assert_null (entry->name);
  g_assert_cmpstr (entry->error->message, ==, error->message);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Mended by another program: listed by name again. */
  g_assert_cmpuint (g_string_replace (mended, "\"maybe\"", "\"planned\"", 0), ==, 1);
  g_assert_true (g_file_set_contents (path, mended->str, -1, NULL));
  entries = ladder_store_list (fixture->store, NULL);
  entry = listed (entries, "deep.json");
  g_assert_cmpstr (entry->name, ==, "Li Wei");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create-list-load", test_create_list_load);
  ADD ("/store/atomic-save-backup", test_save_atomic_with_backup);
  ADD ("/store/unreadable-never-overwritten", test_unreadable_never_overwritten);
  ADD ("/store/changed-on-disk", test_changed_on_disk);
  ADD ("/store/newer-version-not-saved", test_newer_version_not_saved);
  ADD ("/store/import-never-overwrites", test_import_never_overwrites);
  ADD ("/store/delete-restore", test_delete_restore);
  ADD ("/store/duplicate-export", test_duplicate_export);
  ADD ("/store/not-a-file", test_not_a_file);
  ADD ("/store/versions-pruned", test_versions_pruned);
  ADD ("/store/link-and-mode-kept", test_link_and_mode_kept);
  ADD ("/store/interrupted-save-cleaned", test_interrupted_save_cleaned);
  ADD ("/store/changed-same-time", test_changed_same_time);
  ADD ("/store/concurrent-imports", test_concurrent_imports);
  ADD ("/store/never-writes-unreadable", test_never_writes_unreadable);
  ADD ("/store/list-reads-names", test_list_reads_names);
#undef ADD
  g_test_add_func ("/store/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/store/disk-full", test_disk_full);

  return g_test_run ();
}
