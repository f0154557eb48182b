from django.db import migrations


def forwards(apps, schema_editor):
    from greenlane.places.reference import load

    load(apps.get_model("places", "Country"), apps.get_model("places", "Province"))


class Migration(migrations.Migration):
    dependencies = [("places", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
