"""The monthly evaluation in a real headless Chromium: a province coordinator opens Evaluasi Bulanan
after some of the month's reports are finished, sees the map, the bars and the trend drawn as SVG,
and the page is saved at 1280 and 390 px wide (docs/screenshots/evaluation-*.png)."""

import os

from selenium.webdriver.common.by import By

from test_console import SCREENSHOTS, browser, save, sign_in


def finish_some(hub):
    """Half of the filled reports are finished now (never in the future: the public page shows the date).
    The live month's figures that the hub's worker stored when it started (before the reports; a page
    may show them for 90 s) are then let go, so the page computes the month as it now stands."""
    hub.sql(
        "UPDATE reports SET status = 'selesai', closed_at = now(), "
        "responded_at = created_at + (now() - created_at) / 2 "
        "WHERE id IN (SELECT id FROM reports WHERE status = 'menunggu' ORDER BY id LIMIT 6) RETURNING id")
    hub.sql("DELETE FROM evaluations WHERE NOT frozen RETURNING month")


def test_the_evaluation_page_draws_the_month(hub):
    finish_some(hub)
    os.makedirs(SCREENSHOTS, exist_ok=True)
    for width in (1280, 390):
        driver = browser(width=width)
        try:
            sign_in(driver, hub, "koor.dki")
            driver.get(hub.url + "/console/evaluasi")
            assert "Evaluasi Bulanan" in driver.find_element(By.TAG_NAME, "h1").text
            assert driver.find_elements(By.CSS_SELECTOR, "svg.map path.area")
            assert len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 3
            shaded = driver.find_elements(By.CSS_SELECTOR, "svg.map path.area:not(.rate-none)")
            assert shaded, "no kelurahan shaded by its completion rate"
            # Nothing wider than the window at 390 px: the charts scale down.
            save(driver, "evaluation", width)
        finally:
            driver.quit()


def test_a_petugas_has_no_evaluation(hub):
    driver = browser()
    try:
        sign_in(driver, hub, "petugas.cideng")
        assert "Evaluasi Bulanan" not in driver.find_element(By.TAG_NAME, "header").text
        driver.get(hub.url + "/console/evaluasi")
        assert "Tidak diizinkan" in driver.page_source
    finally:
        driver.quit()
