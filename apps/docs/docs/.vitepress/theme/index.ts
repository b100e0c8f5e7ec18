import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { h } from 'vue';
import CopyBlock from './CopyBlock.vue';
import FirstAnswer from './FirstAnswer.vue';
import Recommender from './Recommender.vue';
import TlsDiagram from './TlsDiagram.vue';
import './custom.css';

const theme: Theme = {
  extends: DefaultTheme,
  // The answer sits in the hero, on the first screen, before anything else.
  Layout: () => h(DefaultTheme.Layout, null, { 'home-hero-info-after': () => h(FirstAnswer) }),
  enhanceApp({ app }) {
    app.component('Recommender', Recommender);
    app.component('TlsDiagram', TlsDiagram);
    app.component('CopyBlock', CopyBlock);
  },
};

export default theme;
