"""In-page checks that nothing makes the page scroll sideways and nothing is cut off or spills out of its box."""

# Returns one line per problem. An element wholly off screen (the skip link until focused) or shrunk to a
# pixel (visually hidden text) is hidden on purpose; one that is partly off screen is cut off. An element
# whose content is wider than its box either hides the rest (overflow hidden, or a scroll box the reader
# must find) or draws it over the border (overflow visible).
FIND_LAYOUT_PROBLEMS = """
() => {
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in a ${width}px window`);
  }
  const describe = (element) => {
    const name = element.tagName.toLowerCase();
    const classes = element.classList.length ? "." + [...element.classList].join(".") : "";
    const text = (element.innerText || "").trim().slice(0, 40).replace(/\\s+/g, " ");
    return `<${name}${classes}> "${text}"`;
  };
  const hiddenOnPurpose = (element) => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const box = node.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) {
        const style = getComputedStyle(node);
        if (style.overflow !== "visible" || style.clip !== "auto") return true;
      }
      if (box.right <= 0 || box.left >= width) return true;
    }
    return false;
  };
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    if (style.display === "none" || style.visibility === "hidden" || style.display === "inline") continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (hiddenOnPurpose(element)) continue;
    if (box.left < -1 || box.right > width + 1) {
      problems.push(`${describe(element)} runs off the screen (${Math.round(box.left)} to ${Math.round(box.right)})`);
    } else if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0
               && !["INPUT", "SELECT", "TEXTAREA", "PROGRESS"].includes(element.tagName)) {
      problems.push(`${describe(element)} is ${element.scrollWidth}px of content in a ${element.clientWidth}px box`);
    }
  }
  return problems;
}
"""


def layout_problems(page):
    return page.evaluate(FIND_LAYOUT_PROBLEMS)
