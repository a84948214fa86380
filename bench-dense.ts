import { benchDensePhones } from './tests/bench/engine';
benchDensePhones();
