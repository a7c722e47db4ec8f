/* SPDX-License-Identifier: GPL-3.0-or-later
 * Company ladders on disk: $XDG_DATA_HOME/io.github.pmladder.Ladder/frameworks/NAME.json, each
 * with the id "company:NAME". A stored ladder is never changed: an import makes a new file, so a
 * profile always finds the ladder it was made on. */
#define G_LOG_DOMAIN "ladder-framework-store"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "ladder-i18n.h"

#include "ladder-file-private.h"
#include "ladder-framework-store.h"
#include "ladder-profile.h"

#define COMPANY_PREFIX "company:"

static GMutex lock;
static char *directory;
static GHashTable *loaded; /* id → LadderFramework */

void
ladder_framework_entry_free (LadderFrameworkEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->name);
  g_clear_error (&entry->error);
  g_free (entry);
}

/**
 * ladder_frameworks_set_directory:
 * @path: (nullable): where company ladders are kept; %NULL for the user's data folder
 *
 * Forgets the ladders read so far (used by tests and by a store in another folder).
 */
void
ladder_frameworks_set_directory (const char *path)
{
  g_mutex_lock (&lock);
  g_clear_pointer (&directory, g_free);
  directory = g_strdup (path);
  g_clear_pointer (&loaded, g_hash_table_unref);
  g_mutex_unlock (&lock);
}

const char *
ladder_frameworks_get_directory (void)
{
  const char *path;

  g_mutex_lock (&lock);
  if (directory == NULL)
    directory = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "frameworks", NULL);
  path = directory;
  g_mutex_unlock (&lock);
  return path;
}

/* "company:acme-pm" → "acme-pm": only letters, digits and dashes, so that an id in a profile
 * can never name a file outside the folder. */
static const char *
file_stem (const char *id)
{
  const char *stem;

  if (id == NULL || !g_str_has_prefix (id, COMPANY_PREFIX))
    return NULL;
  stem = id + strlen (COMPANY_PREFIX);
  if (*stem == '\0' || strlen (stem) > 60)
    return NULL;
  for (const char *p = stem; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return NULL;
  return stem;
}

static LadderFramework *
read_stored (const char *folder,
             const char *id,
             GError    **error)
{
  g_autofree char *file_name = g_strconcat (file_stem (id), ".json", NULL);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autofree char *data = NULL;
  g_autoptr (LadderFramework) framework = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length;

  if (!ladder_file_read (path, &data, &length, &local_error) ||
      !(framework = ladder_framework_new_from_data (data, length, &local_error)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
          !g_file_test (path, G_FILE_TEST_EXISTS))
        g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("The company ladder “%s” is not on this computer: import it again "
                       "(Company Ladders in the profile menu)"),
                     file_stem (id));
      else
        g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("The company ladder “%s” cannot be read: %s"), file_stem (id),
                     local_error->message);
      return NULL;
    }
  if (g_strcmp0 (ladder_framework_get_id (framework), id) != 0)
    {
      g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                   _("The file of the company ladder “%s” holds another ladder (“%s”)"),
                   file_stem (id), ladder_framework_get_id (framework));
      return NULL;
    }
  return g_steal_pointer (&framework);
}

/**
 * ladder_frameworks_lookup:
 * @id: what a profile names: "builtin:pm" or "company:NAME"
 *
 * Returns: (transfer none) (nullable): the framework, in the language Ladder speaks now for the
 *   built-in one; or %NULL with the reason. A stored one is read once.
 */
LadderFramework *
ladder_frameworks_lookup (const char *id,
                          GError    **error)
{
  LadderFramework *framework;
  g_autofree char *folder = NULL;

  if (g_strcmp0 (id, LADDER_FRAMEWORK_BUILTIN) == 0)
    return ladder_framework_get_builtin ();
  if (file_stem (id) == NULL)
    {
      g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                   _("“%s” is not a framework this version knows"), id != NULL ? id : "");
      return NULL;
    }

  folder = g_strdup (ladder_frameworks_get_directory ());
  g_mutex_lock (&lock);
  if (loaded == NULL)
    loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  framework = g_hash_table_lookup (loaded, id);
  if (framework == NULL)
    {
      framework = read_stored (folder, id, error);
      if (framework != NULL)
        g_hash_table_insert (loaded, g_strdup (id), framework);
    }
  g_mutex_unlock (&lock);
  return framework;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LadderFrameworkEntry *ea = *(LadderFrameworkEntry **) a;
  const LadderFrameworkEntry *eb = *(LadderFrameworkEntry **) b;

  return g_utf8_collate (ea->name != NULL ? ea->name : ea->id, eb->name != NULL ? eb->name : eb->id);
}

/**
 * ladder_frameworks_list:
 *
 * Returns: (transfer full) (element-type LadderFrameworkEntry): the built-in framework first,
 *   then the stored ones by name; a file that cannot be read is listed with the reason
 */
GPtrArray *
ladder_frameworks_list (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_framework_entry_free);
  g_autoptr (GDir) dir = g_dir_open (ladder_frameworks_get_directory (), 0, NULL);
  LadderFrameworkEntry *builtin = g_new0 (LadderFrameworkEntry, 1);
  const char *file_name;
  guint first_stored;

  builtin->id = g_strdup (LADDER_FRAMEWORK_BUILTIN);
  builtin->name = g_strdup (ladder_framework_get_name (ladder_framework_get_builtin ()));
  g_ptr_array_add (entries, builtin);
  first_stored = entries->len;

  while (dir != NULL && (file_name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      LadderFrameworkEntry *entry;
      LadderFramework *framework;

      if (!g_str_has_suffix (file_name, ".json") || file_name[0] == '.')
        continue;
      stem = g_strndup (file_name, strlen (file_name) - strlen (".json"));
      entry = g_new0 (LadderFrameworkEntry, 1);
      entry->id = g_strconcat (COMPANY_PREFIX, stem, NULL);
      if (file_stem (entry->id) == NULL)
        {
          ladder_framework_entry_free (entry);
          continue;
        }
      framework = ladder_frameworks_lookup (entry->id, &entry->error);
      if (framework != NULL)
        entry->name = g_strdup (ladder_framework_get_name (framework));
      g_ptr_array_add (entries, entry);
    }
  if (entries->len > first_stored + 1)
    {
      /* Sort only the stored ones: the built-in framework stays first. */
      g_autoptr (GPtrArray) stored = g_ptr_array_new ();

      for (guint i = first_stored; i < entries->len; i++)
        g_ptr_array_add (stored, entries->pdata[i]);
      g_ptr_array_sort (stored, compare_entries);
      for (guint i = 0; i < stored->len; i++)
        entries->pdata[first_stored + i] = stored->pdata[i];
    }
  return entries;
}

/**
 * ladder_frameworks_add:
 *
 * Stores @framework under a new id made from its name (the framework is given that id), never
 * over another file, and only if what is written reads back.
 *
 * Returns: (transfer full) (nullable): the id it is stored under, or %NULL with the reason
 */
char *
ladder_frameworks_add (LadderFramework *framework,
                       GError         **error)
{
  const char *folder = ladder_frameworks_get_directory ();
  g_autofree char *slug = ladder_file_slug (ladder_framework_get_name (framework), "ladder");

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved));
      return NULL;
    }
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *stem = n == 1 ? g_strdup (slug) : g_strdup_printf ("%s-%u", slug, n);
      g_autofree char *id = g_strconcat (COMPANY_PREFIX, stem, NULL);
      g_autofree char *file_name = g_strconcat (stem, ".json", NULL);
      g_autofree char *path = g_build_filename (folder, file_name, NULL);
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autoptr (LadderFramework) check = NULL;
      g_autofree char *text = NULL;
      gboolean exists = FALSE;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      ladder_framework_set_id (framework, id);
      root = ladder_framework_to_json (framework);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      text = json_generator_to_data (generator, &length);
      check = ladder_framework_new_from_data (text, length, error);
      if (check == NULL)
        return NULL;
      if (ladder_file_write (path, text, length, TRUE, &exists, error))
        {
          g_mutex_lock (&lock);
          if (loaded == NULL)
            loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
          g_hash_table_replace (loaded, g_strdup (id), g_steal_pointer (&check));
          g_mutex_unlock (&lock);
          return g_steal_pointer (&id);
        }
      if (!exists)
        return NULL;
    }
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               _("No free file name was found for “%s”"), ladder_framework_get_name (framework));
  return NULL;
}
