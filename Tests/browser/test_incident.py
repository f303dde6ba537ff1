"""A surge in a real headless Chromium: a dozen flood reports around one kelurahan within minutes
become one incident; the province coordinator sees it as one line at the top of the queue, with its
count, opens its page (the reports, the actions on all of them) and the page is saved at 1280 and
390 px wide (docs/screenshots/incident-*.png)."""

import os
import time

from selenium.webdriver.common.by import By

from test_console import SCREENSHOTS, browser, save, sign_in

# Around Kalibata (Jakarta Selatan), away from the other tests' reports; each a different citizen.
FLOOD = [
    "Banjir setinggi lutut di jalan depan rumah, motor tidak bisa lewat",
    "Air banjir masuk ke rumah warga sejak subuh",
    "Jalan tergenang banjir hampir setengah meter",
    "Banjir lagi, air kali meluap ke permukiman",
    "Rumah kebanjiran, tolong kirim perahu karet",
    "Banjir di gang kami belum surut dari pagi",
    "Genangan banjir di perempatan bikin macet total",
    "Air banjir naik terus, warga mulai mengungsi",
    "Banjir parah di RT kami, listrik dipadamkan",
    "Banjir masuk sekolah, murid dipulangkan",
    "Kali meluap, banjir sepinggang di jalan utama",
    "Banjir sejak semalam, dapur umum dibutuhkan",
]


def wait_for_incident(hub, deadline_seconds=90):
    deadline = time.time() + deadline_seconds
    while time.time() < deadline:
        rows = hub.sql("SELECT id FROM incidents WHERE closed_at IS NULL AND category_code = 'banjir'")
        if rows:
            return int(rows[0])
        time.sleep(0.5)
    raise AssertionError("no incident was opened within %d s; hub log:\n%s"
                         % (deadline_seconds, open(hub.log).read()[-3000:]))


def test_a_flood_is_one_incident_line_and_page(hub):
    for i, text in enumerate(FLOOD):
        hub.report(f"flood-{i}", -6.2570 + (i % 4) * 0.0015, 106.8560 + (i // 4) * 0.0015, text)
    incident = wait_for_incident(hub)
    os.makedirs(SCREENSHOTS, exist_ok=True)
    for width in (1280, 390):
        driver = browser(width=width)
        try:
            sign_in(driver, hub, "koor.dki")
            line = driver.find_element(By.CSS_SELECTOR, "tr.row.incident")
            assert f"Insiden #{incident}" in line.text
            driver.save_screenshot(os.path.join(SCREENSHOTS, f"incident-queue-{width}.png"))
            driver.get(hub.url + f"/console/insiden/{incident}")
            assert f"Insiden #{incident}" in driver.find_element(By.TAG_NAME, "h1").text
            # Every flood report is listed on the incident's page, each linking to its own page.
            listed = driver.find_elements(By.CSS_SELECTOR, "table.queue a.number")
            assert len(listed) == len(FLOOD), [a.text for a in listed]
            assert driver.find_element(By.ID, "i-agency") and driver.find_element(By.ID, "i-reply")
            save(driver, "incident", width)
        finally:
            driver.quit()
