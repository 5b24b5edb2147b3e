// The scenario switcher: pick a scenario, read what it does, and play it (the mock backend starts over).
import { DEMO_SCENARIOS, findDemoScenario } from './scenarios.js';
import type { DemoScenario } from './scenarios.js';

export interface ScenarioPanelElements {
  form: HTMLFormElement;
  select: HTMLSelectElement;
  description: HTMLElement;
  current: HTMLElement;
}

export interface ScenarioPanel {
  /** Shows `scenario` as the one playing. */
  showPlaying(scenario: DemoScenario): void;
}

export function startScenarioPanel(elements: ScenarioPanelElements, play: (scenario: DemoScenario) => void): ScenarioPanel {
  const { form, select, description, current } = elements;
  select.replaceChildren(
    ...DEMO_SCENARIOS.map((scenario) => {
      const option = document.createElement('option');
      option.value = scenario.name;
      option.textContent = scenario.label;
      return option;
    }),
  );
  const describe = () => {
    description.textContent = findDemoScenario(select.value)?.description ?? '';
  };
  select.addEventListener('change', describe);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const scenario = findDemoScenario(select.value);
    if (scenario) play(scenario);
  });
  return {
    showPlaying(scenario) {
      select.value = scenario.name;
      describe();
      current.textContent = scenario.label;
    },
  };
}
