from django.db import migrations


def forwards(apps, schema_editor):
    from greenlane.registry.reference import load

    load(apps.get_model("registry", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
