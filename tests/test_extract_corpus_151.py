"""What corpus 151 (five documents, read once on the code that closed corpus 150: 3 of 10 cases
found by name on arrival (4 with the "id." of a Hungarian name), and an archive's series taken
for one, tag recall 0.28 at precision 0.97; a pumped-storage station's control-room shift log
from Llanberis, a university library's staff newsletter from Irbid, a naval museum's
conservation memo from Toulon, a water directorate's internal investigation summary from Baja
and a national archive's reading-room incident book from Sucre) showed that extraction did not
read, fixed by concept: an Arabic kunya apposed to the full name is the name the person goes by
("Khaled Yousef Bani Hani, Abu Fadi, our head bookbinder"), and "our" opens a job as an article
does (he was told as "an accountant", his son's job); things sent are no handler's act ("and
Umm Yazan sent them."); a given name with the surname in capitals, a particle first or not, is
a person where a nickname or "our" job follows ('Jean-Baptiste LE GALL, "JB", our ship-model
restorer', "Loïc DAUMAS-VIDAL, our preventive conservation technician"); meeting someone on a
dating app is an approach; "he" after a name the sentence writes after "the" does not make it
a person ("the register of authorised readers of the Reserved Deposit ... He photographed two
pages": an archive's series was taken for a case); a flood-defence line is no armed
force; a job held with no article ("has been dyke warden on the section"), a vehicle driven for
years ("drove the cavern access vehicle for eleven years"); and telephoning, or being told to
report to, the security commissioner is telling the security office."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_LOG = "01_llanberis_control-room-shift-log_shift-charge-engineer-and-cavern-access-driver.txt"
_NEWSLETTER = (
    "02_irbid_university-library-staff-newsletter_technical-reports-librarian-and-bookbinder.txt"
)
_MEMO = (
    "03_toulon_conservation-department-memo_ship-model-restorer-and-preventive-conservation-"
    "technician.txt"
)
_SUMMARY = "04_baja_internal-investigation-summary_procurement-lawyer-and-dyke-warden.txt"
_BOOK = "05_sucre_reading-room-incident-book_microfilm-camera-operator-and-stack-runner.txt"


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus151", file, kind)


def test_a_kunya_is_the_name_the_bookbinder_goes_by() -> None:
    cases = corpus_cases("corpus151", _NEWSLETTER)
    assert set(cases) == {"Hiba Mahmoud Al-Shraideh", "Khaled Yousef Bani Hani"}, cases
    assert {"hotline", "report-early"} <= cases["Khaled Yousef Bani Hani"]
    # (The librarian who sent the published statistics is no handler.)
    assert {"self-surrender", "security-office"} <= cases["Hiba Mahmoud Al-Shraideh"]
    roles = _facts(_NEWSLETTER, "role")["Khaled Yousef Bani Hani"]
    assert "head bookbinder" in roles and "accountant" not in roles, roles


def test_surnames_in_capitals_after_the_given_name() -> None:
    cases = corpus_cases("corpus151", _MEMO)
    assert set(cases) == {"Jean-Baptiste Le Gall", "Loïc Daumas-Vidal"}, cases
    assert {"online-approach", "sudden-exit", "bulk-collection"} <= cases["Loïc Daumas-Vidal"]


def test_a_series_of_the_archive_is_no_case() -> None:
    cases = corpus_cases("corpus151", _BOOK)
    # (The stack runner whose story follows it is still not read: the series, named last, is
    # what "he" after it is taken to mean. Keeping the story with the person named before a
    # thing moved cases in five other corpora, and was left out.)
    assert set(cases) == {"Wilfredo Condori Apaza"}, cases


def test_a_water_directorates_staff_are_no_armed_force() -> None:
    sectors = _facts(_SUMMARY, "sector")
    assert all("armed forces" not in found for found in sectors.values()), sectors
    assert "dyke warden" in _facts(_SUMMARY, "role")["Tóth Ferenc"]
    cases = corpus_cases("corpus151", _SUMMARY)
    assert "security-office" in cases["Tóth Ferenc"]


def test_a_driver_told_by_the_vehicle_he_drove() -> None:
    assert "cavern access driver" in _facts(_LOG, "role")["Ifan Tudur Jones"]
